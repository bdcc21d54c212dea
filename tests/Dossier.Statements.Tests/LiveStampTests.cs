namespace Dossier.Statements.Tests;

/// <summary>Round 37 (session 24): a live page's stamps written with a full stop ("9.05 Coastguards say …"), as British pages
/// write them, are no part of who spoke or of what was said when the page's other lines open with stamps too; a line alone
/// that opens with a decimal keeps it.</summary>
public sealed class LiveStampTests
{
    private const string Page =
        "Ferries cancelled\n\n"
        + "9.05 Coastguards say they are still searching for two sailors.\n\n"
        + "14.20 The port has closed all berths, according to the harbour master.";

    [Fact]
    public void AStampWithAFullStop_IsNoPartOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(Page);

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("sailors", StringComparison.Ordinal));
        Assert.Equal("Coastguards", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void AStampWithAFullStop_IsNoPartOfTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames(Page);

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("berths", StringComparison.Ordinal));
        Assert.StartsWith("The port", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
