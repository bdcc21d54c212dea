using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements on written news text that must not reach a reader empty, twice, or with a quotation missed.</summary>
public sealed class StatementCleanupTests
{
    [Fact]
    public void TypewriterQuotes_AreAQuotationWithItsSpeaker()
    {
        var doc = SampleDocuments.FromText(
            "''Voters write a new melody and then they decide who they want to sing it,'' Mr. Clinton said on Friday.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal("Voters write a new melody and then they decide who they want to sing it,", s.Quote);
        Assert.Contains("Clinton", s.Speaker?.Name ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void NoContent_IsPunctuationOrAWordOfItsOwnSource()
    {
        var doc = SampleDocuments.FromText(
            "The governor had told police officials that she did not want the escort at all, but the police overruled that request, "
            + "the source added.\n"
            + "“This is in their heads. This is in their consciousness,” said Caddell, speaking of the health issue.");

        foreach (var s in doc.Statements)
        {
            var content = s.Content.Slice(doc.Text);
            Assert.Contains(content, char.IsLetterOrDigit);
            Assert.False(s.Speaker?.Span is { } source && source.Start <= s.Content.Start && s.Content.End <= source.End,
                $"content '{content}' lies inside its own source");
        }
    }

    [Fact]
    public void OneQuotation_IsOneStatement()
    {
        var doc = SampleDocuments.FromText(
            "Caddell continued:\n"
            + "\"The health issue overall is very much a partisan issue, but that does not account for the same numbers here.\"\n"
            + "“This is in their heads. This is in their consciousness,” said Caddell, speaking of the health issue.");

        var contents = doc.Statements.Select(s => (s.Content, s.Cue)).ToList();
        Assert.Equal(contents.Count, contents.Distinct().Count());
        Assert.Equal(doc.Statements.Count, doc.Statements.Select(s => s.Content).Distinct().Count());
    }

    [Fact]
    public void AConjunctionOpeningTheSentence_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromText(
            "After saying her left knee was “so stiff I could barely walk,” she was “rushed … off to St. Mary’s Hospital” for scans.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is "After");
    }

    [Fact]
    public void AContentOpeningInsideTheFirstPhrase_IsTheSpeechAfterTheCue()
    {
        var doc = SampleDocuments.FromText(
            "Dana Whitlock: City Voters Worried About Housing; It Is on Their Minds.\n\n"
            + "In offering analysis of the ongoing mayoral election, longtime Republican pollster Dana Whitlock told Metro News Daily "
            + "host Sam Ortiz on Thursday how surprised she is that housing has been at the forefront.\n\n"
            + "“One of the things I am surprised about is how much the housing issue has affected this race,” said Whitlock.");

        var told = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "told");
        var content = told.Content.Slice(doc.Text);
        Assert.DoesNotContain("Whitlock", content, StringComparison.Ordinal);
        Assert.EndsWith("at the forefront", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Among likely voters, 46 percent said they backed the mayor.", "said", "46 percent")]
    [InlineData("The governor has sharply criticized long-standing port deals.", "has sharply criticized", "The governor")]
    [InlineData("The family said nothing about the case.", "said", "The family")]
    public void TheSubjectBeforeTheCue_IsTheWholeNounPhrase(string sentence, string cue, string source)
    {
        var doc = SampleDocuments.FromText(sentence);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(cue, s.Cue.Slice(doc.Text));
        Assert.Equal(source, s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The death toll from the earthquake rose to at least 2,300 on Tuesday, the country's disaster agency said, as rescuers dug through the rubble.")]
    [InlineData("The death toll from the earthquake rose to at least 2,300 on Tuesday, the country's disaster agency said.")]
    public void AContentBeforeItsSource_EndsBeforeIt_WhenNoSpeechFollowsTheCue(string sentence)
    {
        var doc = SampleDocuments.FromText(sentence);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("The death toll from the earthquake rose to at least 2,300 on Tuesday", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("ANKARA, Feb 7 (Wire)", " - ")]
    [InlineData("LILONGWE", " — ")]
    public void AContentStartingInTheDateline_StartsAfterIt(string dateline, string separator)
    {
        string text = "Toll rises\n" + dateline + separator + "The death toll rose to at least 2,300 on Tuesday, the disaster agency said.";
        var doc = new Document("d", text) { Paragraphs = Dossier.Text.Paragraphs.LineParagraphSplitter.Split(text) };
        int at = text.IndexOf(dateline, StringComparison.Ordinal);
        doc.Metadata.DatelineSpan = new TextSpan(at, at + dateline.Length);

        SampleDocuments.Run(doc);

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("The death toll", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We will appeal,\" said the company, adding that it had done nothing wrong.")]
    [InlineData("\"We will appeal,\" said the company, which employs 500 people, adding that it had done nothing wrong.")]
    public void AnInvertedSourceBeforeAParticipleOrRelativeClause_KeepsItsQuote(string sentence)
    {
        var doc = SampleDocuments.FromText(sentence);

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("the company", said.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("We will appeal,", said.Quote);
        var adding = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "adding");
        Assert.Equal("the company", adding.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("\"This is a fair deal,\" said Kees de Vries, chairman of the dock workers' union.", "Kees de Vries")]
    [InlineData("Ana van der Berg said the deal was fair.", "Ana van der Berg")]
    public void ANameWithParticles_IsTheWholeSpeaker(string sentence, string name)
    {
        var doc = SampleDocuments.FromText(sentence);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(name, s.Speaker?.Name);
    }

    [Fact]
    public void SpeechInARelativeClause_EndsWhereTheClauseCloses()
    {
        var doc = SampleDocuments.FromText("Okafor, who insists he is innocent, was not immediately available for comment.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "insists");
        Assert.Equal("he is innocent", s.Content.Slice(doc.Text));
    }
}

