using Dyad.Text;

namespace Dyad.Tests.Text;

/// <summary>Normalised text: the shortcut for text already clean gives what the full rewrite gives, on any text.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Syria and Jordan\n\nreopened the border.", "Syria and Jordan\n\nreopened the border.")]
    [InlineData("  Syria  and\u00A0Jordan \r\n\r\n\r\nreopened\u200B the border. \n\n", "Syria and Jordan\n\nreopened the border.")]
    [InlineData("\n\nA\n \nB\tC\f", "A\n\nB C")]
    [InlineData("", "")]
    public void Normalize_Examples(string raw, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Fact]
    public void Normalize_CleanText_IsReturnedAsIs()
    {
        var clean = "Turkey and Syria held talks.\nThe ministers met in Moscow.\n\nNo agreement was announced.";
        Assert.Same(clean, TextNormalizer.Normalize(clean));
        Assert.Equal(clean, TextNormalizer.Normalize(clean + "\n"));
    }

    [Fact]
    public void Normalize_AgreesWithTheFullRewrite_OnRandomText()
    {
        // Mostly plain letters, with every kind of character the rewrite treats apart, alone and in runs.
        var alphabet = "abcde.,'\u00E9\u062F".ToCharArray()
            .Concat(" \n\r\t\f\v\u00A0\u00AD\u2002\u200A\u200B\u200D\u2028\u2029\u202F\u3000\uFEFF\u0001\u007F\u0085\u009F").ToArray();
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 24);
            var chars = new char[length];
            for (var c = 0; c < length; c++) chars[c] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : alphabet[random.Next(5)];
            // And half the time only letters, spaces and line breaks: the text the shortcut must tell apart.
            if (random.Next(2) == 0) for (var c = 0; c < length; c++) chars[c] = "aaa \n"[random.Next(5)];
            var raw = new string(chars);
            Assert.Equal(TextNormalizer.Rewrite(raw), TextNormalizer.Normalize(raw));
        }
    }
}
