using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 33's unseen dossiers (a lithium mine's environmental licence annulled and appealed, a
/// runner's doping case, a tahini salmonella recall across five countries, a museum theft and its suspects), each on an
/// invented sentence of another story.</summary>
public sealed class UnseenStoryRound33Tests
{
    [Theory]
    [InlineData("The ferry operator said last month it had cancelled all crossings to the island.")]
    [InlineData("Ferry operator Nordline said last week it had cancelled all crossings to the island.")]
    public void APeriodCountedFromTheDayOfWriting_AfterTheCue_IsNoPartOfTheContent(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal("it had cancelled all crossings to the island", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void APeriodThatOwnsTheNextWord_StaysInTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames("The port said this year's traffic had fallen by a fifth.");

        Assert.StartsWith("this year's traffic", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The lawyer for striker Marco Bellini said on Monday that the club had breached his contract.", "Marco Bellini")]
    [InlineData("An aide to former minister Ana Ruiz said she would not stand again.", "Ana Ruiz")]
    public void SomeoneLinkedToADescribedPerson_SpeaksAsThemselves(string text, string person)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var speaker = SampleDocuments.WithCue(doc, "said").Speaker;
        Assert.NotNull(speaker);
        Assert.NotEqual(person, speaker.Name);
        Assert.Contains(person, speaker.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Campaign group Clean Rivers, which brought the case, welcomed the decision.", "Clean Rivers")]
    [InlineData("Campaign group Amigos da Terra, which brought the case, welcomed the decision.", "Amigos da Terra")]
    public void AnAdjectiveBeforeABodysNounAndName_IsTheNamesRole(string text, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "welcomed");
        Assert.Equal(name, s.Speaker?.Name);
        Assert.Equal("Campaign group", s.Speaker?.Role);
    }

    [Fact]
    public void ThisWithNoPeriodAfterIt_IsWhatWasDenied()
    {
        var doc = SampleDocuments.FromTextWithNames("The union's general secretary, Irene Dahl, denied this.");

        var s = SampleDocuments.WithCue(doc, "denied");
        Assert.Equal("this", s.Content.Slice(doc.Text));
        Assert.Equal("Irene Dahl", s.Speaker?.Name);
    }

    [Fact]
    public void NeitherConfirmNorDeny_IsARefusalOfTheSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry would neither confirm nor deny the report.");

        var s = SampleDocuments.WithCue(doc, "confirm");
        Assert.Equal("ministry", s.Speaker?.Name);
        Assert.Equal(SpeechAct.Decline, s.Act);
        Assert.Equal("the report", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Minister Ana Ruiz told the RTP radio station that the bridge was safe.", "RTP radio station")]
    [InlineData("The coach told a local television network that he would stay.", "local television network")]
    public void ARadioStationOrNetwork_IsTheRelay(string text, string relay)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var r = Assert.Single(SampleDocuments.WithCue(doc, "told").Relays);
        Assert.Equal("press", r.Medium);
        Assert.Contains(relay, r.Span.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ADateWrittenWithDots_IsNoQuantity()
    {
        var doc = SampleDocuments.FromText("The recall covers jars with best-before dates up to 30.06.2026, the agency said.");

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("30.06", StringComparison.Ordinal));
    }

    [Fact]
    public void ARacesDistance_IsMetresNotMillions()
    {
        var doc = SampleDocuments.FromText("She won the 1,500m title in Rome. The club paid £1,500m for the stadium.");

        var race = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "1,500m");
        Assert.Equal(QuantityKind.Measure, race.Kind);
        Assert.Equal(1500, race.Value);
        Assert.Equal("m", race.Unit);
        var money = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "£1,500m");
        Assert.Equal(1.5e9, money.Value);
    }

    [Fact]
    public void CloserTo_IsApproximate()
    {
        var doc = SampleDocuments.FromText("The insurer put the value of the paintings at closer to 4 million pounds.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.Approximate, q.Qualifier);
        Assert.Equal(4e6, q.Value);
    }

    [Fact]
    public void Nanograms_AreAMeasure()
    {
        var doc = SampleDocuments.FromText("Tests found about 5 nanograms of the drug in each millilitre.");

        var q = Assert.Single(doc.Quantities, q => q.Value == 5);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("nanograms", q.Unit);
    }

    [Fact]
    public void AnArticleAfterTheCurrency_OpensAnotherPhrase()
    {
        var doc = SampleDocuments.FromText("The cost rose to 90 million dollars, up from the 70 million dollars the council had set aside.");

        var q = Assert.Single(doc.Quantities, q => q.Value == 7e7);
        Assert.Null(q.Object);
    }
}
