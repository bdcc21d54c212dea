using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 50's repairs (invented states by a possessive before a province or an opposition party and by a people's
/// adjective before a state's office; two coordinated states written apart elsewhere; a person whose given name is a
/// place's), each on invented sentences.</summary>
public sealed class UnseenStoryRound50Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AnInventedStatesProvince_MakesItAState()
    {
        var doc = EntityPipeline.Run("t", "Storms batter Orvalia as rivers rise\n\nRescue crews worked through the night in Orvalia's Tesk "
            + "province, where the river broke its banks on Monday. Relief flights to Orvalia were delayed.");
        var orvalia = doc.Mentions.Where(m => Text(doc, m) == "Orvalia").ToList();
        Assert.NotEmpty(orvalia);
        Assert.All(orvalia, m => Assert.Equal(EntityType.Gpe, m.Type));
    }

    [Fact]
    public void AnInventedStatesOppositionParty_MakesItAState()
    {
        var doc = EntityPipeline.Run("t", "A new survey put Brenmoor's opposition Civic Union ahead of the governing bloc on Monday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Brenmoor" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void APersonsOppositionToAPlan_LeavesThePersonAPerson()
    {
        var doc = EntityPipeline.Run("t", "Ilves's opposition to the plan was clear. Ilves said the tax would hurt farmers.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Ilves" && m.Type != EntityType.Person);
    }

    [Fact]
    public void APeoplesAdjectiveBeforeAStatesOffice_IsNorp_AndItsStemAState()
    {
        var doc = EntityPipeline.Run("t", "Dravonian President Elin Kast said on Friday that her government would reopen the border. "
            + "Officials in Dravonia said the crossings would open at dawn, and a spokeswoman for the Dravonian presidency confirmed it.");
        var adjectives = doc.Mentions.Where(m => Text(doc, m) == "Dravonian").ToList();
        Assert.Equal(2, adjectives.Count);
        Assert.All(adjectives, m => Assert.Equal(EntityType.Norp, m.Type));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dravonia" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Elin Kast" && m.Type == EntityType.Person);
    }

    [Fact]
    public void TwoCoordinatedStates_WrittenApartElsewhere_AreTwoPlaces()
    {
        var doc = EntityPipeline.Run("t", "Sorvania and Brenland agree to reopen border crossings\nBorder Wire\nMay 2, 2026\n\n"
            + "Sorvania and Brenland have agreed to reopen two border crossings next month, the regional envoy said on Monday. "
            + "Brenland's interior ministry said the first would open on May 12, while Sorvania said it would send extra customs officers.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains(" and "));
        Assert.Equal(3, doc.Mentions.Count(m => Text(doc, m) == "Sorvania"));
        Assert.Equal(3, doc.Mentions.Count(m => Text(doc, m) == "Brenland"));
    }

    [Fact]
    public void APlacesNameAsAGivenName_BeforeAVerbOfSayingOrARole_IsAPerson()
    {
        var doc = EntityPipeline.Run("t", "The mediator for the dispute, Lima Corvesk, said on Monday that both sides had signed. "
            + "Corvesk told reporters the text would be published.\nLima Corvesk, the EU mediator, declined to give details.");
        var full = doc.Mentions.Where(m => Text(doc, m) == "Lima Corvesk").ToList();
        Assert.Equal(2, full.Count);
        Assert.All(full, m => Assert.Equal(EntityType.Person, m.Type));
        var person = Assert.Single(doc.Entities, e => e.Name == "Lima Corvesk");
        Assert.Contains("Corvesk", person.Aliases);
    }

    [Fact]
    public void APlacesNameBeforeAPlacesHead_StaysAPlace()
    {
        var doc = EntityPipeline.Run("t", "Flights from Sofia Airport resumed on Monday. Sofia Airport said the delays were over.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Sofia", StringComparison.Ordinal) && m.Type == EntityType.Person);
    }

    [Fact]
    public void ThePlatformXBeforeASentence_IsNoInitialOfTheNextWord()
    {
        var doc = EntityPipeline.Run("t", "The minister announced the deal in a post on X. Dravonian officials said they had not been consulted.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains("X.") || m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dravonian" && m.Type == EntityType.Norp);
    }

    [Fact]
    public void APapersNameLineWithASection_IsThePaperAlone()
    {
        var doc = EntityPipeline.Run("t", "Storm closes ferry routes\nKelport Gazette - Business\n3 min read\n\n"
            + "Ferries between the islands were cancelled on Monday, the operator said.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kelport Gazette" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains(" - "));
    }

    [Fact]
    public void APapersPressHeadAlone_IsThePaperTheDocumentNamesInFull()
    {
        var doc = EntityPipeline.Run("t", "The Marlow Herald reported on Monday that the council planned to sell the pier. "
            + "\"We have no such plan,\" the mayor, Ines Dahl, told the Herald.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Marlow Herald");
        Assert.Contains("Herald", paper.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Herald");
    }

    [Fact]
    public void APartysStandingBeforeItsName_NamesTheWholeParty()
    {
        var doc = EntityPipeline.Run("t", "The opposition Forward Alliance accused the minister of lying on Tuesday.\n\n"
            + "On Monday the far-left Workers Front backed the plan.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Forward Alliance" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Workers Front" && m.Type == EntityType.Org);
    }

    [Fact]
    public void APartyByItsMembersPlural_IsNoPerson()
    {
        var doc = EntityPipeline.Run("t", "Ostria's Greens gain ground in new poll\n\nThe survey put the party two points ahead, pollsters said.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Greens" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ALeadersPartyBeforeHerTitle_LeavesTheTitleHerRole_ABanksNameStaysInTheGovernorsRole()
    {
        var doc = EntityPipeline.Run("t", "The governing Freedom Party of Prime Minister Ola Brandt lost two seats in the vote.\n\n"
            + "Bank of Ostria governor Lena Hahl said rates would stay.");
        var brandt = Assert.Single(doc.Mentions, m => Text(doc, m) == "Ola Brandt");
        Assert.Equal("Prime Minister", brandt.Role is { } r ? doc.Text[r.Start..r.End] : null);
        var hahl = Assert.Single(doc.Mentions, m => Text(doc, m) == "Lena Hahl");
        Assert.Equal("Bank of Ostria governor", hahl.Role is { } h ? doc.Text[h.Start..h.End] : null);
    }
}
