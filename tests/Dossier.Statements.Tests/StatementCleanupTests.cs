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
}
