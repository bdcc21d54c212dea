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
}
