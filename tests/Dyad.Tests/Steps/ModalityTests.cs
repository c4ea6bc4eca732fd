using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Steps;

/// <summary>Modality of one event, read by the real pipeline from the cue words around the step.</summary>
public class ModalityTests
{
    private static void Check(string text, string expected) =>
        Assert.Equal(Coding.Expected(expected), Coding.Lines(Coding.Code(text)));

    [Theory]
    [InlineData("Jordan will reopen its embassy in Damascus.")]
    [InlineData("Jordan would reopen its embassy in Damascus.")]
    [InlineData("Jordan plans to reopen its embassy in Damascus.")]
    [InlineData("Jordan is set to reopen its embassy in Damascus.")]
    [InlineData("Jordan is expected to reopen its embassy in Damascus.")]
    public void Read_FutureAndPlans_ArePlanned(string text) => Check(text, "JOR->SYR mission.reopen planned 2023-03-29");

    [Theory]
    [InlineData("Turkey could reopen its embassy in Damascus.")]
    [InlineData("Turkey may reopen its embassy in Damascus.")]
    [InlineData("Turkey might reopen its embassy in Damascus.")]
    public void Read_ModalVerbs_AreHypothetical(string text) => Check(text, "TUR->SYR mission.reopen hypothetical 2023-03-29");

    [Theory]
    [InlineData("Turkey did not reopen its embassy in Damascus.")]
    [InlineData("Turkey never reopened its embassy in Damascus.")]
    [InlineData("Turkey refused to reopen its embassy in Damascus.")]
    [InlineData("Turkey has not reopened its embassy in Damascus.")]
    public void Read_Negation_IsNegated(string text) => Check(text, "TUR->SYR mission.reopen negated 2023-03-29");

    [Theory]
    [InlineData("Egypt reopened its embassy in Damascus.", "EGY->SYR mission.reopen asserted 2023-03-29")]
    [InlineData("Jordan should reopen its embassy in Damascus.", "JOR->SYR mission.reopen demanded 2023-03-29")]
    [InlineData("Jordan must reopen its embassy in Damascus.", "JOR->SYR mission.reopen demanded 2023-03-29")]
    public void Read_PlainAndObligation_AreAssertedAndDemanded(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("If Turkey reopens its embassy in Damascus, relations will improve.", "TUR->SYR mission.reopen hypothetical 2023-03-29")]
    [InlineData("The US Congress urged the United States to reopen its embassy in Damascus.", "USA->SYR mission.reopen demanded 2023-03-29")]
    [InlineData("U.S. senators called for new sanctions on Assad.", "USA.LEG->SYR sanction.impose demanded 2023-03-29")]
    public void Read_ConditionsAndDemands_GiveTheirModality(string text, string expected) => Check(text, expected);
}
