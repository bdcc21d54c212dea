using Dossier.Analysis;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Text.Paragraphs;

namespace Dossier.Pipeline.Tests;

/// <summary>NER round 50 (session 29): an invented state alone in a report that gives it no state's context, named from
/// the state another report of the dossier reads, on invented reports.</summary>
public class DossierStateRound50Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Document Report(string id, string text) =>
        new(id, text) { Paragraphs = LineParagraphSplitter.Split(text), Present = Layers.Paragraphs };

    [Fact]
    public void AStateAloneInAnotherReport_IsTheStateOneReportReads()
    {
        var first = Report("a", "A new survey put Brenmoor's opposition Civic Union ahead of the governing bloc on Monday.");
        var later = Report("b", "Ahead of the Brenmoor vote, the prime minister, who has governed Brenmoor since 2020, played down the polls.");
        var analysis = DossierAnalysis.Run([first, later], s_annotator.Value);

        var brenmoor = Assert.Single(analysis.Entities.Entities, e => e.Name == "Brenmoor");
        Assert.Equal(EntityType.Gpe, brenmoor.Type);
        Assert.Equal(2, later.Mentions.Count(m => later.Text[m.Span.Start..m.Span.End] == "Brenmoor" && m.Type == EntityType.Gpe));
    }

    [Fact]
    public void AStatesNameInsideAnotherName_IsNotNamedAlone()
    {
        var first = Report("a", "A new survey put Brenmoor's opposition Civic Union ahead of the governing bloc on Monday.");
        var later = Report("b", "Traffic was slow on Brenmoor Road on Thursday.");
        DossierAnalysis.Run([first, later], s_annotator.Value);
        Assert.DoesNotContain(later.Mentions, m => later.Text[m.Span.Start..m.Span.End] == "Brenmoor");
    }
}
