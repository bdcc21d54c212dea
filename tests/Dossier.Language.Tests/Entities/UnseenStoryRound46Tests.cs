using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 46's repairs (a state before a town's or a province's noun and "of", invented states typed by what they do, a
/// wire dateline's place and country, a college named with its town), each on invented sentences of another story.</summary>
public sealed class UnseenStoryRound46Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AStateBeforeATownsOrAProvincesNounAndOf_IsAName_AndThePlaceAfterOfIsOnePlace()
    {
        var doc = EntityPipeline.Run("t", "Shelling reached the Kestan city of Arvel on Tuesday, and floods hit the Valdorian province of Morsk.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Arvel" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Valdorian" && m.Type == EntityType.Norp);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Morsk" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains(" of ", StringComparison.Ordinal));
    }

    [Fact]
    public void ADistrictBeforeItsCity_IsNotReadAsAStateBeforeItsTown()
    {
        var doc = EntityPipeline.Run("t", "Blasts hit the Sorvan district of Maltby overnight.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Sorvan" && m.Type is EntityType.Gpe or EntityType.Norp);
    }

    [Fact]
    public void AnInventedCountryThatHasAForeignMinistryOrThatTroopsCrossInto_IsAState()
    {
        var doc = EntityPipeline.Run("t", "Kestan's foreign ministry called the move a provocation. Troops crossed into Valdoria at dawn.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Valdoria" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void AnInventedCountrysCapital_NamesTheState_AndItsPeoplesAdjectiveBeforeItsGovernmentIsNorp()
    {
        var doc = EntityPipeline.Run("t", "Valdoria's capital was quiet on Sunday. The Valdorian government denied the report.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Valdoria" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Valdorian" && m.Type == EntityType.Norp);
    }

    [Fact]
    public void ALeadersGovernment_LeavesTheLeaderAPerson()
    {
        var doc = EntityPipeline.Run("t", "The reform was passed by the Tarlo government in May, and Tarlo resigned a year later.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Tarlo" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ADatelinesUnknownTown_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "VELMORA - The city's election commission said on Monday that turnout was low.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "VELMORA" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ADatelinesTownAndCountry_ArePlaces_AndTheCountryIsTheStateLaterInTheStory()
    {
        var doc = EntityPipeline.Run("t", "ARVEL, Kestan (Baltic Wire) - Police arrested two men on Tuesday. Kestan has denied any part in the attack.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "ARVEL" && m.Type == EntityType.Gpe);
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Baltic Wire" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ADatelinesTownOfTwoWords_IsOnePlace()
    {
        var doc = EntityPipeline.Run("t", "NEW HALMSTAD, Kestan - Crowds gathered outside parliament on Friday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "NEW HALMSTAD" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ALabelOrASpeakerWhereADatelineStands_IsNoPlace()
    {
        var update = EntityPipeline.Run("t", "UPDATE - The vote has been postponed until further notice.");
        Assert.DoesNotContain(update.Mentions, m => m.Type is EntityType.Gpe or EntityType.Loc);
        var speaker = EntityPipeline.Run("t", "MARA LINDQVIST: We had no warning at all, none.");
        Assert.DoesNotContain(speaker.Mentions, m => m.Type is EntityType.Gpe or EntityType.Loc);
    }

    [Fact]
    public void ACollegeNamedWithItsTown_IsOneBody_ButNotWithAPersonListedAfterIt()
    {
        var doc = EntityPipeline.Run("t", "She read law at Harlow College, Oxford, and later taught in Leeds.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Harlow College, Oxford" && m.Type == EntityType.Org);
        var listed = EntityPipeline.Run("t", "Back at Harlow College, Isabel and I met for the first time.");
        Assert.Contains(listed.Mentions, m => Text(listed, m) == "Harlow College" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ATitlesPluralAlone_IsNoPerson_ButThePeopleNamedAfterItStay()
    {
        var doc = EntityPipeline.Run("t", "The charter Governors signed in May binds them, and Governors will meet again in June to vote on it. "
            + "Governors Ann Lowe and Bill Carr said so.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Governors", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ann Lowe" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Bill Carr" && m.Type == EntityType.Person);
    }

    [Fact]
    public void TheWordsOfALawsNameBeforeAct_AreNoBody()
    {
        var doc = EntityPipeline.Run("t", "The court read the Tamil Succession Act narrowly.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type is EntityType.Org or EntityType.Person);
    }
}
