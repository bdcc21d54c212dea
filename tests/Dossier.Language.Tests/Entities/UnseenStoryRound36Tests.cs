using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 36 (an unknown island written after "in", "near", "off"; a sea after "the"; a firm named by
/// another language's or a trade's head; a natural feature in apposition; a body's name whose first word opens the sentence;
/// a dateline's unknown place), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound36Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    private static void AssertNamed(Document doc, string name, EntityType type) =>
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == type);

    [Fact]
    public void AnUnknownOneWordNameWrittenAfterOffNearOrIn_IsAPlaceThroughoutTheDocument_ButNotOneThatSpeaks()
    {
        var doc = EntityPipeline.Run("t", "Velmora ferry disaster: death toll rises to 12\n"
            + "A passenger ferry sank off Velmora early on Sunday. Harbour spokesman Petros Lanis told reporters that 40 people "
            + "had been rescued near Velmora. The vessel, on the Kos\u2013Velmora service, was carrying 200 passengers. Hospitals in "
            + "Velmora treated dozens.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Velmora");
        Assert.All(doc.Mentions.Where(m => Text(doc, m) == "Velmora"), m => Assert.Equal(EntityType.Loc, m.Type));
        AssertNamed(doc, "Petros Lanis", EntityType.Person);

        var speaker = EntityPipeline.Run("u", "Fans believed in Marchetti after the win. Marchetti told reporters the title was possible.");
        Assert.Equal(2, speaker.Mentions.Count(m => Text(speaker, m) == "Marchetti" && m.Type == EntityType.Person));
    }

    [Fact]
    public void AnIslandNamedWholeWithItsPeoplesWord_DefinesTheNameAloneAsAPlace()
    {
        var doc = EntityPipeline.Run("t", "A passenger ferry sank off Velmora early on Sunday, killing 12. The ship left the Greek island of "
            + "Velmora late on Saturday.");
        Assert.All(doc.Mentions.Where(m => Text(doc, m) == "Velmora"), m => Assert.Equal(EntityType.Loc, m.Type));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Velmora");
    }

    [Fact]
    public void ASeaWrittenAfterThe_IsAPlace_AndTheFirmNamedAfterItIsWhole()
    {
        var doc = EntityPipeline.Run("t", "The ship was insured, according to the operator, Ionian Star Lines. Storm warnings were issued "
            + "for the Ionian on Monday.");
        AssertNamed(doc, "Ionian Star Lines", EntityType.Org);
        AssertNamed(doc, "Ionian", EntityType.Loc);
    }

    [Fact]
    public void AFirmNamedByAnotherLanguagesOrATradesHead_IsACompany()
    {
        var doc = EntityPipeline.Run("t", "Chemicals maker Vogel Chemie said profits fell, and Oster Logistik cut jobs.");
        AssertNamed(doc, "Vogel Chemie", EntityType.Org);
        AssertNamed(doc, "Oster Logistik", EntityType.Org);
    }

    [Fact]
    public void ANameBeforeACommaAndANaturalFeatureInApposition_IsThatPlace_ButAnExpertStaysAPerson()
    {
        AssertNamed(EntityPipeline.Run("t", "Scientists are watching Torvajokull, a volcano under the glacier, after a swarm of earthquakes."),
            "Torvajokull", EntityType.Loc);
        AssertNamed(EntityPipeline.Run("v", "Hrafnsvatn, a volcano beneath the ice, has been restless for weeks."), "Hrafnsvatn", EntityType.Loc);

        var expert = EntityPipeline.Run("u", "The warning came from Ingrid Halvorsen, a volcano expert at the university.");
        AssertNamed(expert, "Ingrid Halvorsen", EntityType.Person);
    }

    [Fact]
    public void ABodysNameWhoseFirstWordOpensTheSentence_IsWhole_WhenItSaysWhatItIsDoing()
    {
        AssertNamed(EntityPipeline.Run("t", "Iron Gate said it was reviewing the contract."), "Iron Gate", EntityType.Org);
        AssertNamed(EntityPipeline.Run("u", "Harmon Mining said it was working with the regulator."), "Harmon Mining", EntityType.Org);
    }

    [Fact]
    public void ADatelinesPlaceTheGazetteerDoesNotKnow_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "TROMSO (Arctic Daily) \u2014 Fishermen were stranded on Friday.");
        AssertNamed(doc, "Arctic Daily", EntityType.Org);
        // A dateline's unknown town is typed a state, GPE, since round 46 (the lead's item: a dateline's place slot is GPE).
        AssertNamed(doc, "TROMSO", EntityType.Gpe);
    }
}
