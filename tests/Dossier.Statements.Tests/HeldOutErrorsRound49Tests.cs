namespace Dossier.Statements.Tests;

/// <summary>Round 49 (session 26): held-out train's exact source errors — a name set off by commas after the description
/// it stands in apposition to, which PolNeAR's source holds with the name — on invented sentences.</summary>
public sealed class HeldOutErrorsRound49Tests
{
    [Theory]
    [InlineData("The port authority's director, Lena Marsh, said the cranes had been inspected in May.", "The port authority's director, Lena Marsh")]
    [InlineData("\"We were never warned,\" a ferry company spokeswoman, Ida Brekke, said on Friday.", "a ferry company spokeswoman, Ida Brekke")]
    public void ANameAfterItsDescription_IsSpokenForWithIt(string text, string source)
    {
        var doc = SampleDocuments.FromText(text);

        var s = Assert.Single(doc.Statements, s => s.Speaker?.Span is not null);
        Assert.Equal(source, s.Speaker!.Span!.Value.Slice(text));
    }

    // A guard: only the span grows.
    [Fact]
    public void TheSpeakerKeepsTheName()
    {
        const string text = "The port authority's director, Lena Marsh, said the cranes had been inspected in May.";
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Lena Marsh", s.Speaker?.Name);
    }

    // A guard (passes on the start build too): the whole-train case that a first form joined.
    [Fact]
    public void ADescriptionOfAnEarlierName_IsNotJoinedToTheNameAfterIt()
    {
        const string text = "Tom Reyes, the editor of the city's oldest newspaper, The Harbour Ledger, said every mayor was tested by floods.";
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Span is { } span && span.Slice(text).StartsWith("the editor", StringComparison.Ordinal));
    }
}
