using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The organisation edges of round 37 (an event named after its organiser, a title read on from a known body, a
/// body "of" two things joined by "and", a body's two names joined by a dash, a body named for what it is to do, a school named
/// in another language), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound37Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    private static void AssertNamed(Document doc, string name, EntityType type) =>
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == type);

    [Fact]
    public void AMeetingNamedAfterItsOrganiser_IsNoOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Executives flew to Lisbon for the Siemens Innovation Summit on Tuesday.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains("Summit", StringComparison.Ordinal));
        AssertNamed(doc, "Lisbon", EntityType.Gpe);

        var conference = EntityPipeline.Run("u", "The Lagos Conference on Fisheries drew envoys from Ghana and Togo.");
        Assert.DoesNotContain(conference.Mentions, m => Text(conference, m).Contains("Conference", StringComparison.Ordinal));
        Assert.Contains(conference.Mentions, m => Text(conference, m) == "Lagos");
    }

    [Theory]
    [InlineData("Sailors of the Kenya Defence Forces \u2013 Maritime Command trained with the visiting frigate.",
        "Kenya Defence Forces \u2013 Maritime Command")]
    [InlineData("The raid was confirmed by Combined Maritime Forces - Operation Harbour Shield in a statement.",
        "Combined Maritime Forces - Operation Harbour Shield")]
    public void ABodysTwoNamesJoinedByADash_AreOneBody(string text, string name)
    {
        AssertNamed(EntityPipeline.Run("t", text), name, EntityType.Org);
    }

    [Fact]
    public void ATitleAfterAKnownBodysName_IsNoPartOfTheBody()
    {
        var doc = EntityPipeline.Run("t", "The OSCE High Commissioner on National Minorities met the mayor of the border town.");
        AssertNamed(doc, "OSCE", EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains("High", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyOfTwoThingsJoinedByAnd_IsOneOrganisation()
    {
        var doc = EntityPipeline.Run("t", "A study by the Institute of Geology and Mineralogy found that the slope had moved.");
        AssertNamed(doc, "Institute of Geology and Mineralogy", EntityType.Org);
    }

    [Theory]
    [InlineData("The jailed editor was backed by the Global Alliance to Free Journalists, which called for her release.",
        "Global Alliance to Free Journalists")]
    [InlineData("A statement from the Coalition to End Fish Dumping said the quotas were too high.", "Coalition to End Fish Dumping")]
    public void ABodyNamedForWhatItIsToDo_IsOneBody(string text, string name)
    {
        AssertNamed(EntityPipeline.Run("t", text), name, EntityType.Org);
    }

    [Theory]
    [InlineData("The rowing coach later taught at the Universität Hamburg.", "Universität Hamburg")]
    [InlineData("Students at Hochschule Bremen built the solar boat.", "Hochschule Bremen")]
    public void ASchoolNamedInAnotherLanguage_IsAnOrganisation(string text, string name)
    {
        AssertNamed(EntityPipeline.Run("t", text), name, EntityType.Org);
    }
}
