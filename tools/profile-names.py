#!/usr/bin/env python3
"""Lap timers in the names stage, for profiling only (docs/PERFORMANCE.md, round 22). Never commit the result.

    git worktree add --detach /tmp/prof HEAD
    python3 tools/profile-names.py /tmp/prof
    cd /tmp/prof && dotnet build bench/Dossier.Benchmarks -c Release
    dotnet bench/Dossier.Benchmarks/bin/Release/net10.0/Dossier.Benchmarks.dll language-throughput 800

Puts a lap (one Stopwatch read) after every rule call in EntityRecognizer.Recognize, Harmonize, RecognizeDocument
and the Apply methods of NewsSpanRules, NameShapes and NameCues, and after the tagger's steps; language-throughput
then prints each lap's microseconds a round (the lap's own cost, measured, subtracted) and calls a round. Laps are
wall-clock, so run it on a quiet machine; the prefixes are S. (a sentence's rules in Recognize), N./P./C. (inside
NewsSpanRules/NameShapes/NameCues), H. (Harmonize) and D. (the document). It finds the calls by their layout (one
call a line) and by a few comments it anchors on; if those move, fix the anchors below.
"""
import re, sys, os
root = sys.argv[1]
E = os.path.join(root, "src/Dossier.Language/Entities")
call = re.compile(r'^(\s+)((?:[A-Za-z_][\w]*\.)*([A-Z]\w*))\(.*\);\s*$')
ids = {}
def lap(indent, label):
    i = ids.setdefault(label, len(ids))
    return f'{indent}Dossier.Language.Prof.Lap({i}, "{label}", ref __h);\n'

def process(path, start_pat, end_pat, prefix, extra=None, start_after=None, max_indent=99):
    lines = open(path).read().splitlines(True)
    out = []; inside = False; started = False
    for n, line in enumerate(lines):
        if not inside and re.search(start_pat, line):
            inside = True
            out.append(line)
            if start_after is None:
                out.append(re.match(r'(\s*)', line).group(1) + 'long __h = Dossier.Language.Prof.Now();\n')
            continue
        if inside:
            if extra and line.strip() in extra:
                lbl = extra[line.strip()]
                if lbl.startswith('^'):   # lap before this line
                    ind = re.match(r'(\s*)', line).group(1)
                    if lbl == '^START':
                        out.append(ind + 'long __h = Dossier.Language.Prof.Now();\n')
                    else:
                        out.append(lap(ind, prefix + lbl[1:]))
                    out.append(line)
                    m = call.match(line)
                    if m and len(m.group(1)) <= max_indent:
                        out.append(lap(m.group(1), prefix + m.group(2)))
                    continue
            m = call.match(line)
            if m and len(m.group(1)) <= max_indent and (m.group(2)[0].isupper() or m.group(2).startswith('features.') or m.group(2).startswith('cancellation')) and not line.strip().startswith(('return', 'var ', 'int ')) and '=' not in line.split('(')[0]:
                out.append(line)
                out.append(lap(m.group(1), prefix + m.group(2)))
                if re.search(end_pat, line):
                    inside = False
                continue
            if re.search(end_pat, line):
                inside = False
        out.append(line)
    open(path, 'w').write(''.join(out))

R = os.path.join(E, "EntityRecognizer.cs")
# Recognize (the per-sentence overload with context): tagger features, tagger, decode, each rule.
process(R, r'public void Recognize\(string text, int\[\] starts, int\[\] ends, int first, int count, List<EntityMention> output, NameContext context\)',
        r'CampusOfAStateUniversity\(text, tokenStarts, tokenEnds, output, firstOutput\);', 'S.',
        extra={'var features = t_features ??= new NerFeatures();': '^START',
               'var tokenStarts = starts.AsSpan(first, count);': '^labels',
               'Citations.Apply(text, tokenStarts, tokenEnds, output, firstOutput, Gazetteer);': '^decode (tagger labels to spans)'},
        start_after=True, max_indent=8)
# RecognizeDocument: the context pass.
process(R, r'public void RecognizeDocument\(', r'Harmonize\(text, starts, ends, sentences, output, first, context\);', 'D.',
        extra={'int first = output.Count;': '^NameContext.Add (document pass)', 'context.Clear();': '^START'}, start_after=True)
# Harmonize
process(R, r'if \(output.Count - first == 0\)', r'^    }$', 'H.', start_after=True,
        extra={'JoinSplitNames(text, output, first);': '^START', 'PlacesAfterPrepositions(text, starts, ends, tokenCount, output, first, known, context, definedPlaces);': '^defined places',
               '// Votes per surface (exact text), counted only for names the gazetteer does not type.': '^(rules above)',
               '// "Mérida is the capital of Yucatán", "Preston, a suburb of Melbourne": a name the document defines as a place': '^votes',
               '// "Shares in Nordic Sealink fell", "Nordic Sealink chief executive Ingrid Halvorsen": a name the document puts in a': '^after prepositions',
               '// "Shares in Nordwind Energie AG fell … Nordwind said": a company\'s name without its legal suffix, and its first': '^companies by context',
               'if (companies.Count > 0 || firmShortNames.Count > 0)': '^firm short names',
               '// The words of the document\'s full person names ("Andrew Jackson"), whose city namesakes alone are the person.': '^companies applied',
               'if (surnames.Count > 0)': '^person words',
               '// Surnames: the last word of a person\'s full name, and single-word names, with the type they end up with.': '^surname places',
               'if (repeats.Count == 0)': '^type agreement + repeats',
               'if (output.Count > count)': '^repeats found again',
               })
# fix: Harmonize's JoinSplitNames line is the start marker; the first lap after it
for f, pre in (("NewsSpanRules.cs", "N."), ("NameShapes.cs", "P."), ("NameCues.cs", "C.")):
    p = os.path.join(E, f)
    process(p, r'public static void Apply\(EntityRecognizer recognizer', r'^    }$', pre,
            extra={'// One cheap pass finds which rules have anything to look at; most sentences wake none or one of them.': '^START',
                   '// One pass over the tokens finds which shapes have anything to look at: a comma, a possessive, a capitalised word': '^START',
                   '// One pass over the tokens finds which cues the sentence holds: a water\'s or landform\'s head after a capitalised word,': '^START',
                   'if ((cues & (Cues.Capital | Cues.Initial)) == 0)': '^cue scan',
                   'if (numbered)': '^cue scan',
                   '// Persons after "the" are few, and looked at whatever the sentence holds.': '^cue scan'}, start_after=True)
open(os.path.join(root, "src/Dossier.Language/Prof.cs"), "w").write('''
namespace Dossier.Language;
public static class Prof
{
    public static readonly long[] Ticks = new long[400];
    public static readonly long[] Calls = new long[400];
    public static readonly string?[] Names = new string?[400];
    public static bool On;
    public static long Now() => System.Diagnostics.Stopwatch.GetTimestamp();
    public static void Lap(int id, string name, ref long h)
    {
        long now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (On) { Ticks[id] += now - h; Calls[id]++; Names[id] = name; }
        h = now;
    }
}
''')
REPORT = r'''namespace Dossier.Benchmarks;

internal static class NamesProfileReport
{
    public static void Print(int rounds, long tokens)
    {
        var p = Dossier.Language.Prof.Ticks;
        // Cost of one lap, measured.
        bool was = Dossier.Language.Prof.On;
        Dossier.Language.Prof.On = false;
        long h = Dossier.Language.Prof.Now();
        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int i = 0; i < 1_000_000; i++) Dossier.Language.Prof.Lap(399, "x", ref h);
        double lapNs = (System.Diagnostics.Stopwatch.GetTimestamp() - t0) * 1e9 / System.Diagnostics.Stopwatch.Frequency / 1_000_000;
        Dossier.Language.Prof.On = was;
        Console.WriteLine($"lap overhead ~{lapNs:F1} ns (subtracted per call)");
        var order = new List<int>();
        for (int i = 0; i < 399; i++) if (Dossier.Language.Prof.Names[i] is not null) order.Add(i);
        order.Sort((a, b) => p[b].CompareTo(p[a]));
        double scale = 1e3 / System.Diagnostics.Stopwatch.Frequency; // ticks -> ms
        foreach (int i in order)
        {
            double ms = p[i] * scale / rounds - Dossier.Language.Prof.Calls[i] * lapNs / 1e6 / rounds;
            Console.WriteLine($"{ms * 1000,9:F1} us/round  {Dossier.Language.Prof.Calls[i] / (double)rounds,7:F1} calls/round  {Dossier.Language.Prof.Names[i]}");
        }
    }
}
'''
open(os.path.join(root, "bench/Dossier.Benchmarks/NamesProfileReport.cs"), "w").write(REPORT)
p = os.path.join(root, "bench/Dossier.Benchmarks/LanguageThroughput.cs")
s = open(p).read()
s = s.replace("            foreach (var text in texts)\n            {\n                var doc", "            Dossier.Language.Prof.On = count;\n            foreach (var text in texts)\n            {\n                var doc", 1)
s = s.replace("        return 0;\n    }\n}", "        NamesProfileReport.Print(rounds, tokens);\n        return 0;\n    }\n}", 1)
open(p, "w").write(s)
print(len(ids), "laps")
