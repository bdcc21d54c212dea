using Dossier.Text.Cleaning;

namespace Dossier.Text.Tests.Articles;

/// <summary>Debris the lead met in an unseen wire story: an inline link to another story and the wire's staff line.</summary>
public sealed class DebrisLinkAndCreditTests
{
    [Theory]
    [InlineData("Related: Ferry disasters in Southeast Asia")]
    [InlineData("READ MORE: How the port inspections failed")]
    [InlineData("See also: Timeline of the crisis")]
    public void ALabelledLinkToAnotherStory_IsDebris(string line)
    {
        Assert.True(DebrisRules.IsDebris(line, out var reason));
        Assert.Equal("link to another story", reason);
    }

    [Theory]
    [InlineData("Reporting by Ananda Teresia; Editing by Kim Coghill")]
    [InlineData("(Additional reporting by Jo Lee in Seoul; Writing by Sam Holt)")]
    public void AWireStaffLine_IsACreditNotAHeadline(string line)
    {
        Assert.True(DebrisRules.IsDebris(line, out var reason));
        Assert.Equal("staff credit line", reason);
    }

    [Theory]
    [InlineData("Related: the ministry said it would review every permit issued since 2019.")]
    [InlineData("Reporting by local media suggested the ship had left port late, the agency said, adding that it would investigate the claim further once the divers had finished their work at the site of the sinking.")]
    [InlineData("Watch the river, officials told residents.")]
    [InlineData("Reporting by Reuters suggested the ship had left port late.")]
    public void ProseThatOpensTheSameWay_Stays(string line)
    {
        Assert.False(DebrisRules.IsDebris(line, out _));
    }
}
