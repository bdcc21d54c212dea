using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 49's repairs (invented states by a possessive before a portfolio's ministry or minister and by a people's
/// adjective in "-an"; "the capital, X" and "central X" as places; a dateline's place and the story's across a dossier; a
/// place read as a person in another report), each on invented sentences.</summary>
public sealed class UnseenStoryRound49Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AnInventedStatesPortfolioMinisterOrMinistry_MakesItAState()
    {
        var doc = EntityPipeline.Run("t", "Officials met in the morning. Ostria's agriculture minister said the ban would stay, "
            + "and Varnia's trade ministry called it unjustified.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ostria" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Varnia" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void AnInventedStatesGovernment_WhereTheDocumentWritesFromIt_MakesItAState()
    {
        var doc = EntityPipeline.Run("t", "Protests spread from Varnia. Varnia's government said the border would stay shut.");
        Assert.All(doc.Mentions.Where(m => Text(doc, m) == "Varnia"), m => Assert.Equal(EntityType.Gpe, m.Type));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Varnia");
    }

    [Fact]
    public void ALeadersGovernmentOrArmy_StaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "The reforms of Monti's government were undone, and Rimaldi's army was defeated at the river.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Monti" or "Rimaldi" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void APeoplesAdjectiveInAn_BeforeATradesNoun_IsNorp_AndItsStemAState()
    {
        var doc = EntityPipeline.Run("t", "Officials said Ostrian poultry imports from Ostria would stop at once.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ostrian" && m.Type == EntityType.Norp);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ostria" && m.Type == EntityType.Gpe);

        // The stem only after the dateline's dash (no name mid-sentence): the state the possessive made says it.
        doc = EntityPipeline.Run("u", "KELM, March 3 (Agency) - Ostria's agriculture minister said on Tuesday that Ostrian poultry imports would stop.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ostrian" && m.Type == EntityType.Norp);
    }

    [Fact]
    public void AGivenNameInAn_IsNoPeoplesAdjective()
    {
        var doc = EntityPipeline.Run("t", "Maria Holt met her brother on Monday. Later Marian said imports had fallen.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Marian" or "Maria" && m.Type is EntityType.Norp or EntityType.Gpe);
    }

    [Fact]
    public void TheCapitalInApposition_AndCentralBeforeAName_AreAPlace_OneWithTheDatelinesCapitals()
    {
        var doc = EntityPipeline.Run("t", "VOSK, June 10 (Agency) - Crowds gathered in the capital, Vosk, on Wednesday. "
            + "Police blocked the roads into central Vosk before noon.");
        var vosk = doc.Mentions.Where(m => Text(doc, m) == "Vosk").ToList();
        Assert.Equal(2, vosk.Count);
        Assert.All(vosk, m => Assert.Equal(EntityType.Loc, m.Type));
        var entity = Assert.Single(doc.Entities, e => e.Aliases.Contains("Vosk"));
        Assert.Contains("VOSK", entity.Aliases);
    }

    [Fact]
    public void ADatelinesPlaceInOneReport_AndTheStorysPlaceInAnother_AreOnePlace()
    {
        var dateline = Report("a", "VOSK, June 10 (Agency) - Talks resumed on Wednesday.", ("VOSK", EntityType.Gpe, 1));
        var story = Report("b", "Crowds gathered in Vosk on Thursday.", ("Vosk", EntityType.Loc, 1));
        var merged = EntityMerger.Merge([dateline, story]);
        var vosk = Assert.Single(merged.Entities, e => e.Aliases.Contains("Vosk"));
        Assert.Contains("VOSK", vosk.Aliases);
    }

    [Fact]
    public void APlaceReadAsAPersonInOneReport_IsThePlaceAnotherReportsDatelineNames()
    {
        var person = Report("a", "The search continued from Edrin as rain fell. Buses left Edrin at dawn, and Edrin waited.", ("Edrin", EntityType.Person, 3));
        var place = Report("b", "EDRIN, May 4 (Agency) - The village buried its dead on Sunday.", ("EDRIN", EntityType.Loc, 1));
        var merged = EntityMerger.Merge([person, place]);
        var edrin = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Loc, edrin.Type);
        Assert.Equal(4, edrin.MentionCount);
    }

    [Fact]
    public void APersonsSurnameThatIsAPlacesNameWithoutAPlacesCue_StaysAPerson()
    {
        var person = Report("a", "Edrin said the plan was sound. Edrin added that work would start in May, and Edrin left.", ("Edrin", EntityType.Person, 3));
        var place = Report("b", "Talks were held in Edrin on Sunday.", ("Edrin", EntityType.Loc, 1));
        var merged = EntityMerger.Merge([person, place]);
        Assert.Contains(merged.Entities, e => e.Name == "Edrin" && e.Type == EntityType.Person);
    }

    // One report whose only entity is named by the first mention of each surface given (its text's first occurrence).
    private static Document Report(string id, string text, (string Surface, EntityType Type, int Count) name)
    {
        var doc = new Document(id, text);
        var entity = new Entity(0, name.Surface, name.Type) { MentionCount = name.Count };
        entity.Aliases.Add(name.Surface);
        doc.Entities.Add(entity);
        int at = 0;
        for (int i = 0; i < name.Count && (at = text.IndexOf(name.Surface, at, StringComparison.Ordinal)) >= 0; i++, at += name.Surface.Length)
        {
            doc.Mentions.Add(new EntityMention(new TextSpan(at, at + name.Surface.Length), name.Type, 0));
        }
        return doc;
    }
}
