namespace Dossier.Time.Tests;

/// <summary>"as recently as", "most recently in": a word that points to the time named after it is no time of its own.</summary>
public sealed class PointerWordTests
{
    [Theory]
    [InlineData("Polls had shown her ahead as recently as last month.", "recently")]
    [InlineData("The bank cut rates as recently as 2024.", "recently")]
    [InlineData("Earlier truces failed, most recently in February.", "recently")]
    public void AsRecentlyAs_LeadsToItsTime_AndIsNoTimeItself(string sentence, string word)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(doc.Times, t => doc.Text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual(word));
        Assert.Single(doc.Times);
    }
}
