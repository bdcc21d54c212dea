using Dossier.Analysis;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Text.Paragraphs;

namespace Dossier.Pipeline.Tests;

/// <summary>NER round 53 (session 30): a state typed a place in a report without a state's mark, a party's plural in
/// another report, and a place's article before the noun it modifies, on invented reports.</summary>
public class DossierNamesRound53Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Document Report(string id, string text) =>
        new(id, text) { Paragraphs = LineParagraphSplitter.Split(text), Present = Layers.Paragraphs };

    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AStateTypedAPlaceInAReportWithoutItsMark_TakesTheDossiersType()
    {
        var first = Report("a", "Talks resume in Tessaly\n\nTessaly's foreign ministry said on Monday that talks with the rebels would resume "
            + "next week.");
        var later = Report("b", "Rebels free hostages\n\nRebels freed six hostages on Tuesday near the border, aid workers in Tessaly said.");
        var analysis = DossierAnalysis.Run([first, later], s_annotator.Value);

        var tessaly = Assert.Single(analysis.Entities.Entities, e => e.Name == "Tessaly");
        Assert.Equal(EntityType.Gpe, tessaly.Type);
        Assert.All(later.Mentions.Where(m => Text(later, m) == "Tessaly"), m => Assert.Equal(EntityType.Gpe, m.Type));
        Assert.Contains(later.Entities, e => e.Name == "Tessaly" && e.Type == EntityType.Gpe);
    }

    [Fact]
    public void APartysPluralInAnotherReport_IsTheParty()
    {
        var first = Report("a", "The opposition Liberal Alliance welcomed the news on Monday.");
        var later = Report("b", "The Liberals called the release a first step on Tuesday.");
        var analysis = DossierAnalysis.Run([first, later], s_annotator.Value);

        var party = Assert.Single(analysis.Entities.Entities, e => e.Name == "Liberal Alliance");
        Assert.Contains("Liberals", party.Aliases);
        Assert.DoesNotContain(analysis.Entities.Entities, e => e.Name == "Liberals");
    }

    [Fact]
    public void APlaceBeforeTheUnitItNames_GivesNoAliasWithTheArticle()
    {
        var doc = Report("a", "Morvell Bank said on Friday it would close branches. The New York branch will stay open, the bank said.");
        DossierAnalysis.Run([doc], s_annotator.Value);
        Assert.DoesNotContain(doc.Entities, e => e.Aliases.Contains("The New York"));
    }
}
