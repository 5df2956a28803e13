import Testing

@testable import MailLint

/// How text is folded for the phrase automata, and that every folded scalar leads back to
/// the scalar it came from.
struct FoldedTextTests {
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: FoldedText(text).scalars)
        return String(out)
    }

    @Test(arguments: [
        ("Do NOT reply!", "do not reply"), ("Don’t   re-ply", "dont reply"), ("Grüße, ÉLODIE", "grusse elodie"),
        ("Ne pas répondre à ce courriel", "ne pas repondre a ce courriel"), ("Łódź", "lodz"),
        ("e\u{301}crire", "ecrire"), ("返信しないでください", "返信しないでください"), ("  ¡Hola!  ", "hola"),
        ("½ price", "½ price"),
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(Self.folded(text) == expected)
    }

    @Test func everyFoldedScalarPointsAtItsSource() {
        let text = "Bitte NICHT antworten – Grüße"
        let folded = FoldedText(text)
        let source = Array(text.unicodeScalars)
        #expect(folded.scalars.count == folded.sources.count)
        for (scalar, index) in zip(folded.scalars, folded.sources) where scalar != " " {
            #expect(FoldedText.fold(source[index]).contains(scalar) || source[index] == scalar)
        }
    }

    @Test func theLatinTableAgreesWithTheGeneralFold() {
        for value in UInt32(0x80)..<FoldedText.latinTableEnd {
            let scalar = Unicode.Scalar(value)!
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(FoldedText.latinTable[Int(value) - 0x80].isWord == isWord)
            if isWord { #expect(FoldedText.latinTable[Int(value) - 0x80].folded == FoldedText.fold(scalar)) }
        }
    }
}
