using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 35 (a volcano's or a mountain's name after the noun that says so, an Arabic name with its
/// articled surname, a group's name in quotation marks, an outlet in a dateline's brackets, a name that says what "it" is
/// doing), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound35Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    private static void AssertNamed(Document doc, string name, EntityType type) =>
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == type);

    [Fact]
    public void ANameAfterEruptionOfTheVolcanoOrSummitOf_IsANaturalPlace_ButAMeetingsSummitKeepsItsBody()
    {
        AssertNamed(EntityPipeline.Run("t", "Scientists said the eruption of Askja could last for weeks."), "Askja", EntityType.Loc);
        AssertNamed(EntityPipeline.Run("u", "Ash from the volcano Grimsvotn reached the coast by evening."), "Grimsvotn", EntityType.Loc);
        AssertNamed(EntityPipeline.Run("v", "Two climbers reached the summit of Kazbek before the storm."), "Kazbek", EntityType.Loc);

        var meeting = EntityPipeline.Run("w", "The summit of the African Union opened on Sunday.");
        AssertNamed(meeting, "African Union", EntityType.Org);
    }

    [Fact]
    public void AGivenNameBeforeAnArticledSurname_IsOnePerson_ButNotBeforeABodysHead()
    {
        AssertNamed(EntityPipeline.Run("t", "The talks were led by Khalid al-Mansouri, the foreign minister, officials said."),
            "Khalid al-Mansouri", EntityType.Person);
        AssertNamed(EntityPipeline.Run("u", "The court sentenced Tariq al-Zahrani to five years."), "Tariq al-Zahrani", EntityType.Person);

        var brigades = EntityPipeline.Run("v", "A statement from the Ezzedine al-Qassam Brigades said the men were killed.");
        Assert.DoesNotContain(brigades.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void AGroupsNameInQuotationMarks_AfterCallingItselfOrBeforeItsNoun_IsAnOrganisation_ButAFilmsIsNot()
    {
        AssertNamed(EntityPipeline.Run("t", "A hacking collective calling itself \"Grey Falcon\" claimed the attack on the port."), "Grey Falcon", EntityType.Org);
        AssertNamed(EntityPipeline.Run("u", "Investigators linked the breach to the \u201CBlue Otter\u201D gang."), "Blue Otter", EntityType.Org);
        AssertNamed(EntityPipeline.Run("v", "The theft was claimed by a group known as \"Black Tern\"."), "Black Tern", EntityType.Org);

        var film = EntityPipeline.Run("w", "She starred in a film called \"Blue Heron\" last year.");
        Assert.DoesNotContain(film.Mentions, m => m.Type == EntityType.Org);
    }

    [Fact]
    public void TheNameInADatelinesBrackets_IsTheOutlet_AndThePlaceBeforeItIsNamed()
    {
        var doc = EntityPipeline.Run("t", "TALLINN (Nordic Wire) \u2014 Estonia's parliament voted to extend the mission.");
        AssertNamed(doc, "Nordic Wire", EntityType.Org);
        AssertNamed(doc, "TALLINN", EntityType.Gpe);

        AssertNamed(EntityPipeline.Run("u", "LISBON (Tagus Report) - Portugal's prime minister resigned."), "Tagus Report", EntityType.Org);
    }

    [Fact]
    public void ANameThatSaysWhatItIsDoing_IsABody_ButAPersonTalkingOfAThingStaysAPerson()
    {
        AssertNamed(EntityPipeline.Run("t", "Valdora said it was reviewing the report."), "Valdora", EntityType.Org);
        AssertNamed(EntityPipeline.Run("u", "Tessaro said it was working with the police."), "Tessaro", EntityType.Org);
        AssertNamed(EntityPipeline.Run("v", "Arden Farms said it was examining the complaint."), "Arden Farms", EntityType.Org);

        AssertNamed(EntityPipeline.Run("w", "Sundqvist said it was too early to say."), "Sundqvist", EntityType.Person);
        AssertNamed(EntityPipeline.Run("x", "Holt said it was raining when the bus crashed."), "Holt", EntityType.Person);
        AssertNamed(EntityPipeline.Run("y", "Spokeswoman Anna Lindqvist said it was reviewing the claims."), "Anna Lindqvist", EntityType.Person);
    }
}
