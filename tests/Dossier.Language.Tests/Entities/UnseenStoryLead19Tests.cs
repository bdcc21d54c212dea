using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-19 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead19Tests
{
    [Theory]
    [InlineData("\"The river is still rising,\" said Lena Holm, a hydrologist at the agency.")]
    [InlineData("Lena Holm, a spokeswoman for the authority, said the river was still rising.")]
    public void APersonDescribedAsWorkingAtABody_StaysAPerson(string text)
    {
        var doc = EntityPipeline.Run("t", text);

        var name = Assert.Single(doc.Mentions);
        Assert.Equal("Lena Holm", text[name.Span.Start..name.Span.End]);
        Assert.Equal(EntityType.Person, name.Type);
    }

    [Theory]
    [InlineData("The Maritime Pilots Authority rejected that view on Tuesday.", "Maritime Pilots Authority")]
    [InlineData("The UK Civil Nuclear Authority rejected that view.", "UK Civil Nuclear Authority")]
    public void CapitalisedWordsEndingInABodysHead_AfterThe_NameThatBody(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        var body = Assert.Single(doc.Mentions);
        Assert.Equal(name, text[body.Span.Start..body.Span.End]);
        Assert.Equal(EntityType.Org, body.Type);
    }
}
