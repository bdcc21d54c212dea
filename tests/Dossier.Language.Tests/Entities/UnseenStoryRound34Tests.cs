using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 34 (a one-word name that says what "it" did, an acronym before a role after the body's full
/// name, a place written with and without its marks), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound34Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AOneWordNameThatSaysWhatItDid_IsABody_AndAPersonJudgingItStaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "Kestrel said it had grounded all 40 of its aircraft on Monday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestrel" && m.Type == EntityType.Org);

        var that = EntityPipeline.Run("u", "Widerøe said that it would refund every ticket sold for the weekend.");
        Assert.Contains(that.Mentions, m => Text(that, m) == "Widerøe" && m.Type == EntityType.Org);

        var person = EntityPipeline.Run("v", "Minister Anna Holt visited the depot. Holt said it had been a mistake to close it.");
        Assert.Contains(person.Mentions, m => Text(person, m) == "Holt" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnAcronymBeforeARole_SpellingABodyTheDocumentNamed_IsAMentionOfThatBody()
    {
        var doc = EntityPipeline.Run("t", "The Nordic Ferry Association warned that crossings would be full. "
            + "NFA chairman Lars Dahl said extra boats would sail.");
        var nfa = Assert.Single(doc.Mentions, m => Text(doc, m) == "NFA");
        Assert.Equal(EntityType.Org, nfa.Type);
        var body = Assert.Single(doc.Entities, e => e.Name == "Nordic Ferry Association");
        Assert.Contains("NFA", body.Aliases);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Lars Dahl" && m.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceWrittenWithAndWithoutItsMarks_IsOnePlace()
    {
        var doc = EntityPipeline.Run("t", "PORT-AU-PRINCE, Haiti (AP) — Heavy rain flooded the capital of Haïti on Monday.");
        var haiti = Assert.Single(doc.Entities, e => e.Name == "Haiti");
        Assert.Contains("Haïti", haiti.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Haïti");
    }

    [Theory]
    [InlineData("Reykjavík", "Reykjavik")]
    [InlineData("ZÜRICH", "ZURICH")]
    [InlineData("Łódź", "Lodz")]
    public void WithoutMarks_DropsTheMarks_AndKeepsTheCase(string name, string plain) =>
        Assert.Equal(plain, NameKey.WithoutMarks(name));

    [Fact]
    public void WithoutMarks_IsNullForANameWithoutMarks() => Assert.Null(NameKey.WithoutMarks("Oslo"));
}
