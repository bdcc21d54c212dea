using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The lead's session-27 name repairs (a paper named by its title's last word), each on an invented sentence of
/// another story than the dossier it came from.</summary>
public sealed class UnseenStoryLead27Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Theory]
    [InlineData("\"The figures are wrong,\" the mill's owner, Arne Vold, told the Herald on Friday.", "Herald")]
    [InlineData("Vold had earlier told the Courier that the mill would close.", "Courier")]
    public void APapersLastWordAloneAfterThe_IsThePaper(string text, string paper)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == paper && m.Type != EntityType.Org);
    }

    [Theory]
    [InlineData("The regional bus company, Torvik Linjer, said the fares would rise.", "Torvik Linjer")]
    [InlineData("The largest buyer, cement maker Holmsund, said it would cut output.", "Holmsund")]
    public void ANameAfterABodyDescription_IsThatBody(string text, string body)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => Text(doc, m) == body && m.Type == EntityType.Org);
    }

    // Guard: the body after "of" is the head noun's; the name is the head's, a person.
    [Fact]
    public void ANameAfterTheHeadOfABody_IsNotTheBody()
    {
        var doc = EntityPipeline.Run("t", "The director of the bus company, Arne Torvik, said the fares would rise.");

        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Arne Torvik" && m.Type == EntityType.Org);
    }
}
