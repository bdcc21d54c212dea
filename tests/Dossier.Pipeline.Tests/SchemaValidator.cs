using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Pipeline.Tests;

/// <summary>Checks JSON against the subset of JSON Schema that docs/annotate.schema.json uses.</summary>
/// <remarks>
/// Supports $ref to local $defs, type (one or several), enum, required, properties, additionalProperties: false,
/// items, oneOf, minimum and pattern. No validator package is reachable from this machine's NuGet mirror.
/// </remarks>
internal sealed class SchemaValidator(JsonElement schema)
{
    public List<string> Validate(JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private void Check(JsonElement s, JsonElement v, string path, List<string> errors)
    {
        if (s.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (!name.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                errors.Add($"{path}: unsupported $ref {name}");
                return;
            }
            Check(schema.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), v, path, errors);
            return;
        }
        if (s.TryGetProperty("oneOf", out var oneOf))
        {
            int matches = 0;
            foreach (var option in oneOf.EnumerateArray())
            {
                var inner = new List<string>();
                Check(option, v, path, inner);
                matches += inner.Count == 0 ? 1 : 0;
            }
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf alternatives");
            }
            return;
        }
        if (s.TryGetProperty("type", out var type) && !TypeMatches(type, v))
        {
            errors.Add($"{path}: {v.ValueKind} is not of type {type.GetRawText()}");
            return;
        }
        if (s.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(e => JsonEquals(e, v)))
        {
            errors.Add($"{path}: {v.GetRawText()} is not one of {values.GetRawText()}");
        }
        if (s.TryGetProperty("minimum", out var minimum) && v.ValueKind == JsonValueKind.Number && v.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {v.GetDouble()} is below {minimum.GetDouble()}");
        }
        if (s.TryGetProperty("pattern", out var pattern) && v.ValueKind == JsonValueKind.String && !Regex.IsMatch(v.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{v.GetString()}' does not match {pattern.GetString()}");
        }
        if (v.ValueKind == JsonValueKind.Object)
        {
            if (s.TryGetProperty("required", out var required))
            {
                foreach (var r in required.EnumerateArray())
                {
                    if (!v.TryGetProperty(r.GetString()!, out _))
                    {
                        errors.Add($"{path}: missing {r.GetString()}");
                    }
                }
            }
            s.TryGetProperty("properties", out var properties);
            bool closed = s.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False;
            foreach (var p in v.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out var ps))
                {
                    Check(ps, p.Value, $"{path}.{p.Name}", errors);
                }
                else if (closed)
                {
                    errors.Add($"{path}: unexpected property {p.Name}");
                }
            }
        }
        if (v.ValueKind == JsonValueKind.Array && s.TryGetProperty("items", out var items))
        {
            int i = 0;
            foreach (var item in v.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement v)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(t, v));
        }
        return type.GetString() switch
        {
            "object" => v.ValueKind == JsonValueKind.Object,
            "array" => v.ValueKind == JsonValueKind.Array,
            "string" => v.ValueKind == JsonValueKind.String,
            "number" => v.ValueKind == JsonValueKind.Number,
            "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
            "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => v.ValueKind == JsonValueKind.Null,
            _ => false,
        };
    }

    private static bool JsonEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();
}
