using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 47's repairs (a paper's name of a place and a press head, a dateline's capitals and the story's title case
/// as one place), each on invented sentences.</summary>
public sealed class UnseenStoryRound47Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void APapersNameOfAPlaceAndAPressHead_AfterThe_IsABody()
    {
        var doc = EntityPipeline.Run("t", "Residents gathered outside the gates. The Tessaly Courier reported that the mine had failed two inspections, "
            + "and the Dorvan Gazette said the town had not slept.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Tessaly Courier" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dorvan Gazette" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ADatelinesCapitalsAndTheStorysTitleCase_AreOnePlaceOfOneType_NamedAsTheStoryWritesIt()
    {
        var doc = EntityPipeline.Run("t", "DORVAN, Tessaly (AP) - Rescuers in Dorvan worked through the night on Monday to reach eleven miners. "
            + "Residents of Dorvan gathered outside the gates.");
        var caps = Assert.Single(doc.Mentions, m => Text(doc, m) == "DORVAN");
        var body = doc.Mentions.Where(m => Text(doc, m) == "Dorvan").ToList();
        Assert.NotEmpty(body);
        Assert.All(body, m => Assert.Equal(caps.Type, m.Type));
        var entity = Assert.Single(doc.Entities, e => e.Aliases.Contains("DORVAN"));
        Assert.Equal("Dorvan", entity.Name);
    }

    [Fact]
    public void ANameThatHasSharesOrAChiefExecutive_IsACompanyEverywhereInTheStory()
    {
        var doc = EntityPipeline.Run("t", "Halvard said on Monday it would cut 300 jobs. A Halvard spokeswoman said the cuts would fall on its plants. "
            + "The company's shares fell five percent.");
        var halvard = doc.Mentions.Where(m => Text(doc, m) == "Halvard").ToList();
        Assert.Equal(2, halvard.Count);
        Assert.All(halvard, m => Assert.Equal(EntityType.Org, m.Type));

        doc = EntityPipeline.Run("t", "Dalstrom reported a loss on Thursday. Dalstrom's chief executive said it would sell its shipping arm. Dalstrom shares fell.");
        var dalstrom = doc.Mentions.Where(m => Text(doc, m) == "Dalstrom").ToList();
        Assert.Equal(3, dalstrom.Count);
        Assert.All(dalstrom, m => Assert.Equal(EntityType.Org, m.Type));
    }

    [Fact]
    public void APoliticiansSpokeswoman_LeavesThePoliticianAPerson()
    {
        var doc = EntityPipeline.Run("t", "Senator Ilse Marwick voted against the bill. A Marwick spokeswoman said the senator would explain her vote on Friday.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Marwick" && m.Type == EntityType.Org);
    }
}
