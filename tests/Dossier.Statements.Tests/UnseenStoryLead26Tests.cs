namespace Dossier.Statements.Tests;

/// <summary>Statements from the lead's session-26 dossiers (a chlorine train's derailment, its inquiry), each on an invented
/// sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead26Tests
{
    [Fact]
    public void APronounAfterAnApposedSubject_IsThatPerson_NotAnEarlierSpeakerOfTheOtherSex()
    {
        var doc = SampleDocuments.FromTextWithNames("A spokesman for the council, Tomas Reuven, said the road would reopen.\n\n"
            + "The bus company's director, Marta Weiss, apologised to passengers on Friday. \"We let people down,\" she said.");

        var s = SampleDocuments.WithCue(doc, "said", "We let people down");
        Assert.Equal("Marta Weiss", s.Speaker?.Name);
    }

    [Fact]
    public void ASheAfterASpokesmanNamedInApposition_IsNotHim()
    {
        var doc = SampleDocuments.FromTextWithNames("A spokesman for the council, Tomas Reuven, said the road would reopen.\n\n"
            + "\"We let people down,\" she said.");

        var s = SampleDocuments.WithCue(doc, "said", "We let people down");
        Assert.NotEqual("Tomas Reuven", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("Marta Weiss apologised on Friday. \"We let people down,\" she said in a video posted on the company's website.", "online")]
    [InlineData("Marta Weiss apologised on Friday. \"We let people down,\" she said in a statement posted on the firm's website.", "online")]
    public void AQuotationBeforeACueWithAPostedMedium_IsQuoted_AndTheSiteRelaysIt(string text, string relay)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(Dossier.Core.Statements.StatementKind.Direct, s.Kind);
        Assert.Equal("\"We let people down,\"", s.Content.Slice(doc.Text));
        Assert.Contains(s.Relays, r => r.Name == relay);
    }

    [Fact]
    public void AnAsReportedByAsideBetweenSubjectAndVerb_ReportsTheWholeClause()
    {
        var doc = SampleDocuments.FromTextWithNames("The aviation authority, as reported by Vesper Radio, is checking whether the pilot had slept.");

        var s = SampleDocuments.WithCue(doc, "as reported by");
        Assert.Equal("Vesper Radio", s.Speaker?.Name);
        Assert.Contains("is checking whether the pilot had slept", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.StartsWith("aviation authority", s.Content.Slice(doc.Text).Replace("The ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lena Forsberg of the dockers' union said the cranes were unsafe.", "Lena Forsberg")]
    [InlineData("Lena Forsberg of Harbour Bank said the loan was safe.", "Lena Forsberg")]
    public void APersonOfABody_Speaks_WithTheBodyAsRole(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.NotNull(s.Speaker?.Role);
    }

    [Fact]
    public void AShePronounAfterAPersonOfABody_IsThatPerson()
    {
        var doc = SampleDocuments.FromTextWithNames("Chief executive Ruth Amsel said the plant was safe.\n\n"
            + "Lena Forsberg of the dockers' union said the report was \"a whitewash\". \"Nobody checked the cranes,\" she told the Courier.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Lena Forsberg", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == "Courier");
    }

    [Fact]
    public void AnItAfterTheBodysBareNoun_IsTheBodyNamedBefore()
    {
        var doc = SampleDocuments.FromTextWithNames("The ferry hit the pier at 14 knots, the National Maritime Safety Board said on Tuesday.\n\n"
            + "The board said it had found no fault with the pier. But it said the radar had been switched off.");

        var s = SampleDocuments.WithCue(doc, "said", "radar");
        Assert.Equal("National Maritime Safety Board", s.Speaker?.Name);
    }
}
