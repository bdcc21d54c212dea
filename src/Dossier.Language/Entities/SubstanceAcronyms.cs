using System.Collections.Frozen;
using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>"levels of BPA", "exposure to PFAS", "a ban on DDT": an acronym that names a chemical or a drug is no
/// organisation, person or place, whatever the tagger made of it.</summary>
/// <remarks>An acronym (two to six capitals, or their plural: "PCBs") is a substance when it is one of the chemicals and
/// drugs news writes by their acronyms (general knowledge, like units), or when a phrase of quantity or exposure stands
/// before it ("traces of", "concentrations of", "exposed to"). Left alone: a known phrase, an acronym in brackets (a
/// body's name spelled out before it, "Bonneville Power Administration ( BPA )"), after "the" ("the BPA said"), or before
/// a capitalised word (part of a longer name). Runs on one sentence's mentions; no allocation.</remarks>
internal static class SubstanceAcronyms
{
    private static readonly FrozenSet<string> s_substances = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Plastics, their additives and industrial chemicals.
        "BPA", "BPS", "BPF", "PVC", "DEHP", "DINP", "PFAS", "PFOA", "PFOS", "PFC", "PCB", "PBDE", "TCE", "PCE", "VOC", "MTBE",
        "CFC", "HFC", "HCFC", "DDT", "DDE", "MSG", "HFCS",
        // Explosives.
        "TNT", "RDX", "PETN", "TATP", "HMX",
        // Drugs and hormones.
        "THC", "CBD", "LSD", "MDMA", "GHB", "PCP", "DMT", "HGH", "EPO", "HRT",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_substances.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.Length is < 2 or > 7 || !char.IsUpper(text[span.Start]) || output[m].Type == EntityType.Norp)
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            if (t < 0 || ends[t] != span.End)
            {
                continue;
            }
            var w = EntityRecognizer.Word(text, starts, ends, t);
            var bare = w.Length > 2 && w[^1] == 's' ? w[..^1] : w;
            if (bare.Length is < 2 or > 6 || !EntityRecognizer.IsAllUpperLetters(bare) || recognizer.Gazetteer.TryLookupToken(w, out _)
                || t + 1 < n && EntityRecognizer.IsCapitalisedWord(text, starts[t + 1], ends[t + 1])
                || t > 0 && EntityRecognizer.Word(text, starts, ends, t - 1) is "(" or "the" or "The")
            {
                continue;
            }
            if (s_lookup.Contains(bare) || t > 1 && IsQuantityOrExposure(EntityRecognizer.Word(text, starts, ends, t - 2), EntityRecognizer.Word(text, starts, ends, t - 1)))
            {
                output.RemoveAt(m);
            }
        }
    }

    // "levels of", "traces of", "exposure to": what comes after is a substance measured or taken in.
    private static bool IsQuantityOrExposure(ReadOnlySpan<char> noun, ReadOnlySpan<char> preposition) =>
        preposition is "of" && noun is "levels" or "level" or "traces" or "trace" or "amounts" or "concentrations" or "concentration"
            or "doses" or "dose" or "milligrams" or "micrograms" or "grams" or "kilograms" or "tonnes" or "tons"
        || preposition is "to" && noun is "exposure" or "exposed" or "addicted" or "addiction";
}
