using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Sensitivity;

/// <summary>The scenario file format (docs/robustness.md): what it reads, and the typed error naming file, JSON path and problem.</summary>
public sealed class ScenarioReaderTests
{
    private const string Valid = """
        {
          "scenarios": [
            {
              "name": "cap of 49% on foreign ownership",
              "description": "A host-country cap, as in a joint-venture regime.",
              "overrides": [ { "setting": "transaction-costs.foreign-ownership-cap-percent", "market": "vietnam", "value": 49 } ]
            },
            {
              "name": "asset specificity Strong",
              "overrides": [ { "input": "transaction-costs.asset-specificity", "value": "Strong" } ]
            }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryScenarioInOrder()
    {
        var scenarios = ScenarioReader.Parse(Valid, "kestrel.json");

        scenarios.Should().HaveCount(2);
        scenarios[0].Should().Be(new Scenario("cap of 49% on foreign ownership", [ScenarioOverride.Setting("transaction-costs.foreign-ownership-cap-percent", 49m, "vietnam")])
        {
            Description = "A host-country cap, as in a joint-venture regime.",
        });
        scenarios[1].Overrides.Single().Should().Be(ScenarioOverride.Input("transaction-costs.asset-specificity", "Strong"));
    }

    [Theory]
    [InlineData("""{ "scenarios": [ { "name": "x", "overrides": [ { "input": "oli.location", "value": 3 } ] } ] }""", "$.scenarios[0].overrides[0].value", "string")]
    [InlineData("""{ "scenarios": [ { "name": "x", "overrides": [ { "setting": "oli.cap", "value": 3 } ] } ] }""", "$.scenarios[0].overrides[0]", "not a setting")]
    [InlineData("""{ "scenarios": [ { "name": "x", "overrides": [ { "input": "oli.location", "setting": "y", "value": "Weak" } ] } ] }""", "$.scenarios[0].overrides[0]", "exactly one")]
    [InlineData("""{ "scenarios": [ { "name": "x", "overrides": [] } ] }""", "$.scenarios[0].overrides", "at least one")]
    [InlineData("""{ "scenarios": [ { "name": "x", "colour": "red", "overrides": [] } ] }""", "$.scenarios[0].colour", "Unknown property")]
    [InlineData("""{ "scenarios": [ { "overrides": [] } ] }""", "$.scenarios[0]", "name")]
    [InlineData("""{ "scenarios": [ { "name": "x", "overrides": [ { "setting": "transaction-costs.foreign-ownership-cap-percent", "value": 149 } ] } ] }""", "$.scenarios[0].overrides[0]", "0..100")]
    [InlineData("""{ "scenarios": [ """, "$", "Malformed JSON")]
    public void Parse_InvalidFile_NamesFilePathAndProblem(string json, string path, string problem)
    {
        var act = () => ScenarioReader.Parse(json, "bad.json");

        var error = act.Should().Throw<ScenarioFormatException>().Which;
        error.File.Should().Be("bad.json");
        error.Path.Should().Be(path);
        error.Problem.Should().Contain(problem);
        error.Message.Should().StartWith("bad.json: " + path + ": ");
    }

    [Fact]
    public void Load_ReadsAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "strategymodel-scenarios-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Valid);
        try
        {
            ScenarioReader.Load(path).Select(s => s.Name).Should().Equal("cap of 49% on foreign ownership", "asset specificity Strong");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
