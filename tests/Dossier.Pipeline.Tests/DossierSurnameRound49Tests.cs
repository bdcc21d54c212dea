using Dossier.Analysis;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Text.Paragraphs;

namespace Dossier.Pipeline.Tests;

/// <summary>NER round 49 (session 28): a surname alone in a later report, named from the full name another report of the
/// dossier gives, on invented reports.</summary>
public class DossierSurnameRound49Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Document Report(string id, string text) =>
        new(id, text) { Paragraphs = LineParagraphSplitter.Split(text), Present = Layers.Paragraphs };

    [Fact]
    public void ASurnameAloneInALaterReport_IsThePersonAnotherReportNamesInFull()
    {
        var first = Report("a", "Negotiator Lars Okland said talks on the fishing quota would resume next week in Kelm.");
        var later = Report("b", "Okland returned to the table on Thursday. \"We are close,\" Okland told reporters.");
        var analysis = DossierAnalysis.Run([first, later], s_annotator.Value);

        var okland = Assert.Single(analysis.Entities.Entities, e => e.Name == "Lars Okland");
        Assert.Equal(EntityType.Person, okland.Type);
        Assert.Equal(3, okland.MentionCount);
        Assert.Equal(2, later.Mentions.Count(m => later.Text[m.Span.Start..m.Span.End] == "Okland" && m.Type == EntityType.Person));
    }

    [Fact]
    public void ASurnameThatTwoPeopleShare_OrThatIsPartOfAnotherName_IsNotNamedAlone()
    {
        var first = Report("a", "Lars Okland and Mette Okland spoke at the meeting in Kelm.");
        var later = Report("b", "Okland returned to the table on Thursday.");
        DossierAnalysis.Run([first, later], s_annotator.Value);
        Assert.DoesNotContain(later.Mentions, m => later.Text[m.Span.Start..m.Span.End] == "Okland");

        first = Report("c", "Lars Brenvik said talks would resume next week.");
        later = Report("d", "Traffic was slow on Brenvik Street on Thursday.");
        DossierAnalysis.Run([first, later], s_annotator.Value);
        Assert.DoesNotContain(later.Mentions, m => later.Text[m.Span.Start..m.Span.End] == "Brenvik");
    }
}
