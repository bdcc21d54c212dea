using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 61: the faults round 58 saw and left, on invented text of other stories: a count compared with one
/// before it, a bound "limit of N", a document seen by an outlet, and the suspect of a belief after a joined verb.</summary>
public sealed class Round61Tests
{
    [Theory]
    [InlineData("The register showed 412 members, far more than the 350 the club had declared.", "350", "members")]
    [InlineData("Rescuers found 64 survivors on the island, fewer than the 90 the airline listed.", "90", "survivors")]
    public void ACountComparedWithOneBefore_CountsWhatThatOneCounts(string text, string figure, string counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == figure);
        Assert.Equal(counted, q.Object);
    }

    [Theory]
    [InlineData("The shelter housed 530 refugees last week, above its limit of 500, the charity said.", "500", "refugees")]
    [InlineData("Organisers sold 12,400 tickets, close to the stadium's capacity of 13,000.", "13,000", "tickets")]
    [InlineData("The council set a cap of 40 on the number of new taxi licences.", "40", null)]
    public void ABoundOnACount_IsNoObject(string text, string figure, string? counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == figure);
        Assert.Equal(counted, q.Object);
    }

    [Theory]
    [InlineData("A cargo manifest seen by the Valdoran Courier showed 188 containers aboard the vessel.", "cargo manifest", "Valdoran Courier")]
    [InlineData("An internal memo obtained by the Harwick Gazette said the plant would close in May.", "internal memo", "Harwick Gazette")]
    public void ADocumentSeenByAnOutlet_SpeaksThroughTheOutlet(string text, string speaker, string relay)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == relay);
    }

    [Theory]
    [InlineData("The ferry's engineer, Tomas Reel, was questioned on Sunday and is suspected of falsifying the logs.", "The ferry's engineer, Tomas Reel, was questioned")]
    [InlineData("A former treasurer was arrested last month and is accused of taking bribes.", "A former treasurer was arrested")]
    public void ASuspectBeforeAJoinedVerb_StaysInTheContent(string text, string opening)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Speaker is null);
        Assert.StartsWith(opening, s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
