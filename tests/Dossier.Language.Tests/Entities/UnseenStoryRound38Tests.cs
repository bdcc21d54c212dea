using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 38's repairs (a name beside a role held in a body, a role after "whose", a place's name as a first name
/// after a title, a mountain's or river's name without its feature word, a body
/// named with its place before its acronym), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound38Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Theory]
    [InlineData("Havelaar, the agency's spokeswoman, told reporters the flights would resume.", "Havelaar")]
    [InlineData("Brennholt, the council's deputy leader, said the budget was balanced.", "Brennholt")]
    [InlineData("Sydney Okafor, the union's general secretary, said the strike would go on.", "Sydney Okafor")]
    public void ANameBesideABodysRoleInThePossessive_IsAPersonNotThatBody(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameTheTaggerTookForAPlace_BesideARoleHeldInABody_IsAPerson()
    {
        var doc = EntityPipeline.Run("t", "Victoria Mbeki, the board's chairwoman, said the vote was final.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Victoria Mbeki" && m.Type == EntityType.Person);
        Assert.Contains("board's chairwoman", Assert.Single(doc.Entities, e => e.Name == "Victoria Mbeki").Roles);
    }

    [Theory]
    [InlineData("The strike was called by the Transit Workers Alliance, whose general secretary, Malik Osei, said talks had failed.",
        "Malik Osei", "general secretary")]
    [InlineData("The grant came from Harbour Trust, a Glasgow charity whose director, Fiona Reid, said the money would go to schools.",
        "Fiona Reid", "director")]
    public void ARoleAfterWhose_IsTheRoleAlone(string text, string name, string role)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Equal([role], Assert.Single(doc.Entities, e => e.Name == name).Roles);
    }

    [Fact]
    public void ASurnameOpeningTheSentence_BesideARoleHeldInABody_IsAPerson()
    {
        var doc = EntityPipeline.Run("t", "Okonjo, the authority's chief inspector, said the dam had been checked twice.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Okonjo" && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Health Minister Chad Okoro said the clinics were full.", "Chad Okoro")]
    [InlineData("Finance Minister Jordan Whitcombe said the budget was tight.", "Jordan Whitcombe")]
    public void ACountryNamedAsAFirstNameAfterATitle_OpensThePersonsName(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("Two climbers died on Mount Kelaro on Monday. The ministry said 40 permits had been issued for Kelaro this spring.")]
    [InlineData("Kelaro was closed after the storm, and Mount Kelaro stays shut.")]
    public void AMountainsNameAlone_IsThatPlace(string text)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kelaro" && m.Type == EntityType.Loc);
    }

    [Theory]
    [InlineData("Tankers dumped waste into the Dornava River, the agency said. Officials said the Dornava had been polluted for years.",
        "Dornava River", "Dornava")]
    [InlineData("Two climbers died on Mount Kelaro on Monday. The ministry said 40 permits had been issued for Kelaro this spring.",
        "Mount Kelaro", "Kelaro")]
    public void ARiversOrMountainsNameWithoutItsFeatureWord_IsAnAliasOfThatPlace(string text, string name, string alias)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(alias, Assert.Single(doc.Entities, e => e.Name == name).Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == alias);
    }

    [Theory]
    [InlineData("Observers from the African Union Observer Mission in Sudan (AUOMS) visited the site on Friday.",
        "African Union Observer Mission in Sudan", "AUOMS")]
    [InlineData("Troops of the East African Union Force in Kivu (EAUFK) withdrew.", "East African Union Force in Kivu", "EAUFK")]
    public void ABodyNamedWithItsPlaceBeforeAnAcronymThatSpellsIt_IsOneBody(string text, string name, string acronym)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == acronym && m.Type == EntityType.Org);
    }
}
