using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 44's repairs (a task force named by its number, a choice's letter before a name, a work's title after
/// its noun, a day before a person's name), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound44Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ATaskForceNamedByItsNumber_IsOneOrganisation()
    {
        var doc = EntityPipeline.Run("t", "The frigate Halvard joined CTF-151 in March, then sailed with TF 59 and CTG 50.1 through the Gulf.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "CTF-151" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "TF 59" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "CTG 50.1" && m.Type == EntityType.Org);

        var joint = EntityPipeline.Run("t", "CJTF 7 took over the airfield, and Combined Joint Task Force 7 said the runway would reopen on Friday.");
        Assert.Contains(joint.Mentions, m => Text(joint, m) == "CJTF 7" && m.Type == EntityType.Org);
        Assert.Contains(joint.Mentions, m => Text(joint, m) == "Combined Joint Task Force 7" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AChoicesLetter_IsNoInitialOfTheNameAfterIt()
    {
        var doc = EntityPipeline.Run("t", "Which people built the cliff dwellings?\n\nA. Anasazi\n\nB. Cherokee\n\nC. Aztec\n\nD. Inca\n");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains('.'));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Anasazi");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Inca");
    }

    [Fact]
    public void APersonsInitial_WithoutALetteredList_StaysInTheName()
    {
        var doc = EntityPipeline.Run("t", "The review was written by a panel of three.\n\nB. Halvorsen\n\nThe panel met twice in Oslo.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Halvorsen");
    }

    [Fact]
    public void AWorksTitleAfterItsNoun_IsNoName_ButItsMakerStays()
    {
        var doc = EntityPipeline.Run("t", "Mara Velden starred in the films Dunmore Road and Silver Rowan before the television series Kestrel Bay. "
            + "The novel Agnes Thornbury sold 40,000 copies, Velden said.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Dunmore Road" or "Kestrel Bay" or "Agnes Thornbury");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Mara Velden" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Velden" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameInsideAWorksTitle_IsNoNameWhereverTheDocumentRepeatsTheTitle_ButThePlaceAloneStays()
    {
        var doc = EntityPipeline.Run("t", "The anime movie Ghost of the Halden Coast was released in 1998. "
            + "Critics said Ghost of the Halden Coast changed the genre, and its director, Ana Ruiz, moved to Halden in 2003.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Halden Coast");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Halden" && m.Type is EntityType.Loc or EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ana Ruiz" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AWeekdayAMonthOrAHolidayBeforeAName_IsNoPartOfThePerson()
    {
        var doc = EntityPipeline.Run("t", "My roommates arrived in the fall, and on November Ruth Kessler moved into the attic room. "
            + "Every Christmas St Nicholas visits the square in Halden, Tomas Berg said.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ruth Kessler" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "St Nicholas" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("November") || Text(doc, m).StartsWith("Christmas"));
    }
}
