using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 48's invented dossiers (a solvent spill at a river port, a striker's transfer, a deputy
/// mayor's bribery trial, a city's water rationing), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound48Tests
{
    [Theory]
    [InlineData("Voters over 70 were given free bus passes, the council said.", "70")]
    [InlineData("Patients under 16 will be seen in a separate ward, the hospital said.", "16")]
    [InlineData("Mrs Hale, now 64, said she had never been paid.", "64")]
    public void AnAgeAfterAGroupOfPeopleOrNow_IsNoCount(string text, string number)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).EndsWith(number, StringComparison.Ordinal));
    }

    [Fact]
    public void AGroupOverAMagnitude_IsStillACount()
    {
        var doc = SampleDocuments.FromText("Workers over 2 million were affected by the strike, the union said.");

        Assert.Contains(doc.Quantities, q => q.Value >= 2_000_000);
    }

    [Fact]
    public void UpToAfterARevision_IsTheNewFigureNotABound()
    {
        var doc = SampleDocuments.FromText("The death toll from the landslide was revised up to 212 on Thursday, the ministry said.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.Exact, q.Qualifier);
        Assert.Equal(212, q.Low);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Certain, s.Certainty);
    }

    [Fact]
    public void UpToAFigure_StaysABound()
    {
        var doc = SampleDocuments.FromText("The storm could bring up to 40 centimetres of snow, forecasters said.");

        Assert.Equal(QuantityQualifier.UpTo, Assert.Single(doc.Quantities).Qualifier);
    }

    [Fact]
    public void APartOfAnotherFigure_NamesNoSubstance()
    {
        var doc = SampleDocuments.FromText("The crew had pumped out more than 12 tonnes of the 20 tonnes of diesel on board, the coastguard said.");

        var part = Assert.Single(doc.Quantities, q => q.Value == 12);
        Assert.Null(part.Object);
        Assert.Equal("diesel", Assert.Single(doc.Quantities, q => q.Value == 20).Object);
    }

    [Fact]
    public void AnAdverbAndParticipleAfterASum_AreNotItsObject()
    {
        var doc = SampleDocuments.FromText("The club said the price was below the 30 million pounds widely reported in the press.");

        Assert.Null(Assert.Single(doc.Quantities).Object);
    }

    [Fact]
    public void AnAdverbAndParticipleBeforeANoun_KeepTheNoun()
    {
        var doc = SampleDocuments.FromTextWithNames("Inspectors visited 40 randomly chosen farms in the valley.");

        Assert.Equal("randomly chosen farms", Assert.Single(doc.Quantities).Object);
    }

    [Fact]
    public void ASumWorthSomething_IsTheWorthOfTheNounNotWhatItBought()
    {
        var doc = SampleDocuments.FromTextWithNames("Police said the driver had carried diamonds worth about $3 million in exchange for a false passport.");

        Assert.Equal("diamonds", Assert.Single(doc.Quantities).Object);
    }

    [Theory]
    [InlineData("On Tuesday, Brevik shares fell 14% in Oslo.", "Brevik shares")]
    [InlineData("Tolvane's shares slid 8% after the warning.", "Tolvane's shares")]
    [InlineData("Shares in Halden Air rose 3% in early trading.", "Shares in Halden Air")]
    public void SharesThatChanged_KeepWhoseTheyAre(string text, string owner)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(owner, Assert.Single(doc.Quantities).Object);
    }

    [Theory]
    [InlineData("The pumps move about 90,000 cubic metres of water a day.", "cubic metres")]
    [InlineData("The new hall covers 300 square metres.", "square metres")]
    public void AVolumeOrArea_KeepsItsWholeUnit(string text, string unit)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(unit, Assert.Single(doc.Quantities).Unit);
    }

    [Theory]
    [InlineData("Garner's lawyer said the charges would be contested.", "Garner's lawyer")]
    [InlineData("The agent of Lisbon winger Tiago Reis said he wanted to leave.", "agent of Lisbon winger Tiago Reis")]
    public void SomeoneActingForAPerson_SpeaksNotThePerson(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, Assert.Single(doc.Statements).Speaker?.Name);
    }

    [Fact]
    public void PutAtAfterAnAuxiliaryAndAdverb_IsOneStatementOfTheSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The coastguard had initially put the number of missing at about 30.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("put", s.Cue.Slice(doc.Text));
        Assert.Equal("coastguard", s.Speaker?.Name);
    }

    [Fact]
    public void AnInvestigationIntoSomethingPossible_IsNoDoubt()
    {
        var doc = SampleDocuments.FromTextWithNames("Prosecutors said they had opened an inquiry into possible fraud at the port authority.");

        Assert.Equal(Certainty.Certain, Assert.Single(doc.Statements).Certainty);
    }

    [Theory]
    [InlineData("Harwick Mutual Savings lent the builder 40 million pounds in 2024.\n\nThe builder collapsed in March with debts of 90 million pounds.\n\nThe bank said it expected to recover most of the loan.", "Harwick Mutual Savings")]
    [InlineData("Ostmark Landesbank, the builder's main lender, has written off part of the debt.\n\nSuppliers said they were owed 12 million euros.\n\nThe bank said it would not comment on individual clients.", "Ostmark Landesbank")]
    public void TheBank_IsTheFirmNamedByItsTradeBefore(string text, string bank)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => doc.Slice(s.Content).StartsWith("it ", StringComparison.Ordinal));
        Assert.Equal(bank, s.Speaker?.Name);
    }

    [Fact]
    public void TheRoleNoun_IsTheOnePersonTheStoryGaveThatRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Halden United have signed winger Marco Pelli from Ostrava for 12 million euros.\n\n"
            + "\"I have wanted this move for years,\" the winger said.");

        var s = Assert.Single(doc.Statements, s => s.Quote is not null);
        Assert.Equal("Marco Pelli", s.Speaker?.Name);
    }

    [Fact]
    public void TheRoleNoun_NamesNoOneWhenTwoPeopleHoldIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Lena Ruiz, the chief executive of Corvo, met chief executive Tom Hale of Brava.\n\n"
            + "The chief executive said the talks went well.");

        Assert.Equal("chief executive", Assert.Single(doc.Statements).Speaker?.Name);
    }

    [Theory]
    [InlineData("a company spokesman", "Halvorsen Shipping")]
    [InlineData("a ministry spokesman", "ministry spokesman")]
    public void ACompanySpokesman_SpeaksForTheFirmThatJustSpoke(string source, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Halvorsen Shipping denied the reports on Friday.\n\n\"That is false,\" " + source + " said.");

        Assert.Equal(speaker, Assert.Single(doc.Statements, s => s.Quote is not null).Speaker?.Name);
    }

    [Theory]
    [InlineData("Neither airline disclosed the price of the jets.")]
    [InlineData("No one commented on the talks.")]
    public void ADeniedSubject_TellsNothing(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.All(doc.Statements, s => Assert.Equal(SpeechAct.Decline, s.Act));
    }

    [Theory]
    [InlineData("The fee is 30 million pounds, with up to 5 million more in bonuses, a source said.", "GBP")]
    [InlineData("The city spent $12 million on repairs and 3 million more on new pumps.", "USD")]
    public void MoreAfterASum_IsMoneyOfTheSameCurrency(string text, string currency)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.All(doc.Quantities, q => Assert.Equal(currency, q.Unit));
        Assert.Equal(2, doc.Quantities.Count);
    }

    [Fact]
    public void AClubSpokesman_SpeaksForTheBodyTheStoryCallsTheClub()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ostrava Rovers have agreed to sell the club's training ground, the club said on Friday.\n\n"
            + "Rovers denied reports that the sale was forced by debts.\n\n"
            + "A club spokesman said the money would fund a new academy.");

        Assert.Equal("Ostrava Rovers", SampleDocuments.WithCue(doc, "said", "academy").Speaker?.Name);
    }

    [Fact]
    public void ACueThatTookATimesFirstWord_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The driver, Paul Hart, pleaded guilty last month and testified against his employer.");

        Assert.DoesNotContain(doc.Statements, s => doc.Slice(s.Content) == "month");
    }

    [Fact]
    public void AnEmbeddedReport_EndsBeforeTheNameSetOffAfterIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The contractor who police said paid the officials, Mark Dunn, pleaded guilty in March and testified against the mayor.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("paid the officials", doc.Slice(s.Content)); // after the cue since round 52, the pronoun's noun's
    }
}
