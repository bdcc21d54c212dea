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
    [InlineData("Marta Weiss apologised on Friday. \"We let people down,\" she said in a video posted on the company's website.", "video")]
    [InlineData("Marta Weiss apologised on Friday. \"We let people down,\" she said in a statement posted on the firm's website.", "statement")]
    public void AQuotationBeforeACueWithAPostedMedium_IsQuoted_AndTheSiteGivesItsMedium(string text, string medium)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(Dossier.Core.Statements.StatementKind.Direct, s.Kind);
        Assert.Equal("\"We let people down,\"", s.Content.Slice(doc.Text));
        // Round 66: the speaker's own site is no outlet; the words' form is the statement's medium.
        Assert.Empty(s.Relays);
        Assert.Equal(medium, s.Medium);
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

    [Fact]
    public void ACueWithOnlyThePartOfItsDayAfterIt_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Chairman Tomas Reuven said the count had been honest.\n\n"
            + "Halvorsen conceded on Tuesday evening. \"The voters have spoken,\" he wrote on social media.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text) == "evening");
    }

    [Theory]
    [InlineData("The regulator said 230 of the insurance claims rejected on appeal day had been wrongly refused.")]
    [InlineData("The ministry said 90 of the asylum requests rejected on review day had been wrongly refused.")]
    public void AParticipleAfterItsNounAndAPhraseOfTime_BeforeTheNounsVerb_SaysNothing(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Inquiry ordered in harbour crane collapse\\n\\nThe crane fell on Monday, the port said.")]
    [InlineData("Karin Holm was declared chair of the Harbour Board on Friday after a second vote.")]
    [InlineData("The district was declared a disaster area on Friday after a second survey overturned the first report.")]
    public void AHeadlinesPassiveBeforeWhere_AndAPassiveOfNaming_SayNothing(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text.Replace("\\n", "\n", StringComparison.Ordinal));

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) is "ordered" or "was declared" or "declared");
    }

    [Fact]
    public void ANameOfABodyBetweenCommas_AfterItsDescription_Speaks()
    {
        var doc = SampleDocuments.FromTextWithNames("His rival, Karin Holm of the Harbour Party, alleged that dozens of votes had been lost.");

        var s = SampleDocuments.WithCue(doc, "alleged");
        Assert.Equal("Karin Holm", s.Speaker?.Name);
        Assert.Equal("dozens of votes had been lost", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ATotalAfterOutOf_WithOnlyAParticiple_CountsWhatTheCountBeforeCounts()
    {
        var doc = SampleDocuments.FromTextWithNames("The two finalists were separated by 87 votes out of about 12,000 cast.");

        Assert.Equal("votes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "about 12,000").Object);
    }

    [Fact]
    public void ACountThatOverturnedAResult_IsADeed()
    {
        var doc = SampleDocuments.FromTextWithNames("Karin Holm of the Harbour Party was declared mayor of Korvik on Friday after a second count overturned "
            + "the first result and put her 12 votes ahead of her rival, Tomas Reuven.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "overturned");
    }

    [Fact]
    public void ADocumentSeenByAnOutlet_Speaks_AndTheOutletRelaysIt()
    {
        var doc = SampleDocuments.FromTextWithNames("The gang demanded a payment of $2 million, according to an email seen by the Harbour Courier.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("email", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name.Contains("Harbour Courier", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "seen");
    }

    [Fact]
    public void ALetterSeenByThisNewspaper_IsNoStatementOfWhoeverSawIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Karin Holm, the chief executive of Lanstrom Energy, resigned on Friday.\n\n"
            + "In a letter to staff, seen by this newspaper, Holm said she took \"full responsibility\" for the failures.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "seen");
        Assert.Equal("Karin Holm", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void AFigureAfterAnEarlierEstimateOf_CountsWhatTheCountBeforeCounts()
    {
        var doc = SampleDocuments.FromTextWithNames("The leak exposed about 900,000 patients, well above the hospital's first estimate of up to 300,000, the regulator said.");

        Assert.Equal("patients", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "up to 300,000").Object);
    }

    [Fact]
    public void ARoleEndingOnABodysName_BeforeAPersonBetweenCommas_IsThatPersonsRole_AndHisPronounKeepsIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Norway's ambassador to the UN, Lars Brekke, dismissed the report. "
            + "\"These claims are old,\" he told reporters on Wednesday.");

        var first = SampleDocuments.WithCue(doc, "dismissed");
        Assert.Equal("Lars Brekke", first.Speaker?.Name);
        Assert.Equal("Norway's ambassador to the UN", first.Speaker?.Role);
        var second = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Lars Brekke", second.Speaker?.Name);
        Assert.Equal("Norway's ambassador to the UN", second.Speaker?.Role);
    }

    [Fact]
    public void AHeadlinesVerbInsideItsClaim_IsNoCueOfItsOwn()
    {
        var doc = SampleDocuments.FromTextWithNames("Ostland selling rifles to border militias, officials say\n\n"
            + "Ostland has sold thousands of rifles to militias since the spring, according to two Western officials.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "selling");
        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text) == "say");
    }

    [Fact]
    public void OneOfThem_IsOneOfTheGroupThatSpokeBefore()
    {
        var doc = SampleDocuments.FromTextWithNames("The inspectors, who asked not to be named, said the dam had been leaking for months. "
            + "One of them said the leak could be \"much worse than reported\".");

        var s = SampleDocuments.WithCue(doc, "said", "leak could be");
        Assert.Equal("one of the inspectors", s.Speaker?.Name);
    }

    [Fact]
    public void AnItsRoleAfterABodySpoke_NamesThatBodyAsItsOwner()
    {
        var doc = SampleDocuments.FromTextWithNames("The Harbour Authority called the claims \"baseless\". "
            + "Its spokesman, Pieter Lund, told reporters on Friday that no ship had been turned away.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Pieter Lund", s.Speaker?.Name);
        Assert.StartsWith("spokesman for ", s.Speaker?.Role, StringComparison.Ordinal);
        Assert.Contains("Harbour Authority", s.Speaker?.Role, StringComparison.Ordinal);
    }
}
