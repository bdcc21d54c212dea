using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-20 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead20Tests
{
    [Fact]
    public void AWordOpeningARoleAtTheStartOfASentence_IsNoPerson()
    {
        const string text = "A tanker ran aground, the Maltese Coast Guard said.\n\n"
            + "Coast guard spokesman Karl Vella told reporters that the crew had been rescued.";

        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Coast");
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Karl Vella" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AWordTheDocumentWritesAfterOff_IsAPlace_WhereverTheTaggerNamedIt()
    {
        const string text = "A trawler capsized off Kalymnos, killing 11 fishermen.\n\n"
            + "The trawler sank off Kalymnos, killing at least 11 fishermen.\n\n"
            + "The operator suspended its Kos–Kalymnos service.";

        var doc = EntityPipeline.Run("t", text);

        Assert.All(doc.Mentions.Where(m => text[m.Span.Start..m.Span.End] == "Kalymnos"), m => Assert.NotEqual(EntityType.Person, m.Type));
    }
}
