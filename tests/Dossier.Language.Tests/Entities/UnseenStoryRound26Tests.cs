using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The general shapes round 25 left (a body's name after a possessive, a body after a person and "of the", a society
/// named "Friends of", a name a body is known by, a company ending in an industry's word, a one-word company in a statement,
/// a paper's ordinary-word title), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound26Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ABodysNameAfterAPlacesPossessive_KeepsItsFirstWords()
    {
        var doc = EntityPipeline.Run("t", "Canada's Natural Sciences Research Council, which pays for the drilling, said the cores were safe.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Natural Sciences Research Council" && m.Type == EntityType.Org);
    }

    [Fact]
    public void TheBodyAfterAPersonAndOf_IsFound()
    {
        var doc = EntityPipeline.Run("t", "Professor Omar Haddad of the Lister Institution of Hygiene, who led the trial, said the vaccine was safe.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Lister Institution of Hygiene" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ASocietyNamedFriendsOf_IsOneOrganisation_AndTheNameItIsKnownByToo()
    {
        var doc = EntityPipeline.Run("t", "The appeal was lodged by Friends of the Forest Finland, known as Metsaliitto, and two villages.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Friends of the Forest Finland" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Metsaliitto" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ACompanyEndingInAnIndustrysWord_OpeningASentence_IsACompany()
    {
        var doc = EntityPipeline.Run("t", "Anglian Water and the county council said the pipe would be replaced by Friday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Anglian Water" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type is EntityType.Person or EntityType.Loc);
    }

    [Fact]
    public void AOneWordNameSpeakingInAStatement_IsABody_ButASurnameOfAFullNameStaysThePerson()
    {
        var doc = EntityPipeline.Run("t", "Zalgiris said in a statement that the coach had left by mutual consent.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);

        var person = EntityPipeline.Run("t", "The club hired Tomas Varnas in May. Varnas said in a statement that he was leaving.");
        Assert.Contains(person.Mentions, m => Text(person, m) == "Varnas" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnOrdinaryWordAfterANounForAPaper_BeforeAVerbOfReporting_IsThePapersTitle()
    {
        var doc = EntityPipeline.Run("t", "Spanish newspaper Marca reported that the winger would sign on Monday. Greek sports daily Goal reported the same.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Goal" && m.Type == EntityType.Org);
    }
}
