import Testing

@testable import MailLint

/// The one normalisation every vocabulary reads through (`FoldedText`, `ScalarFold`), and
/// that every folded scalar leads back to the scalar it came from.
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
        // Apostrophes: an English negative contraction joins, elision separates.
        ("don't", "dont"), ("don‘t", "dont"), ("donʼt", "dont"), ("don´t", "dont"), ("can’t reply", "cant reply"),
        ("n’y répondez pas", "n y repondez pas"), ("Cancella l’iscrizione", "cancella l iscrizione"),
        ("it’s", "it s"), ("dell'utente", "dell utente"),
        // Quotes, spaces that do not break, soft hyphens and zero-width characters.
        ("«\u{00A0}Ne\u{202F}pas répondre\u{00A0}»", "ne pas repondre"),
        ("„Bitte nicht antworten“", "bitte nicht antworten"),
        ("re\u{00AD}ply", "reply"), ("re\u{200B}ply", "reply"), ("re\u{200D}ply", "reply"), ("\u{FEFF}reply", "reply"),
        ("re\u{2060}ply", "reply"), ("e\u{2011}mail", "email"),
        // Fullwidth forms, ligatures, compatibility letters.
        ("ＲＥＰＬＹ　ＮＯＴ", "reply not"), ("ﬁnal ﬂow", "final flow"), ("Œuvre", "oeuvre"),
        // Greek, Cyrillic, Vietnamese, Turkish: accents and case folded.
        ("ΜΗΝ ΑΠΑΝΤΆΤΕ", "μην απαντατε"), ("ΤΕΛΟΣ", "τελοσ"), ("Не отвечайте", "не отвечаите"),
        ("Vui lòng không trả lời", "vui long khong tra loi"), ("YANITLAMAYIN", "yanitlamayin"), ("İade", "iade"),
        // Scripts without case or with marks of their own.
        ("אנא אל תשיבו", "אנא אל תשיבו"), ("لا تَرُدّ", "لا ترد"), ("회신하지 마십시오", "회신하지 마십시오"),
        ("請勿回覆", "請勿回覆"), ("ｺﾝﾀｸﾄ", "コンタクト"),
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(Self.folded(text) == expected)
    }

    @Test func sentenceEndsAreRecorded() {
        let folded = FoldedText("Thanks. Do not reply! e.g. this, 3.5 times? 返信不要。次")
        let words = String(String.UnicodeScalarView(folded.scalars))
        #expect(words == "thanks do not reply e g this 3 5 times 返信不要 次")
        let starts = folded.sentenceStarts.map { position in
            String(String.UnicodeScalarView(folded.scalars[position...].prefix { $0 != " " }))
        }
        // "e.g. this": the last full stop of an abbreviation of initials ends no sentence.
        #expect(starts == ["do", "e", "返信不要", "次"])
        #expect(folded.startsSentence(at: 0))
        #expect(folded.hasSentenceBreak(in: 0..<8))
        #expect(!folded.hasSentenceBreak(in: 7..<19))
    }

    @Test func questionsAreRecordedApartFromStatements() {
        let folded = FoldedText("Too many emails? Change settings. Renewed! Why？设置 هل؟ نعم")
        let starts = folded.questionStarts.map { position in
            String(String.UnicodeScalarView(folded.scalars[position...].prefix { $0 != " " }))
        }
        #expect(starts == ["change", "设置", "نعم"])
        #expect(folded.sentenceStarts.count == 5)
        // "emails? Change" is a question and its answer; "settings. Renewed" two statements.
        #expect(!folded.hasStatementBreak(in: 9..<23))
        #expect(folded.hasSentenceBreak(in: 9..<23))
        #expect(folded.hasStatementBreak(in: 24..<40))
    }

    @Test func abbreviationsOfInitialsEndNoSentence() {
        for text in ["Reageer a.u.b. niet op deze e-mail.", "Antworten Sie z.B. nicht.", "Do not, i.e. never, reply."] {
            #expect(FoldedText(text).sentenceStarts.isEmpty, "\(text)")
        }
        // A lone capital with a full stop still ends its sentence: "Plan B. Do not reply."
        #expect(FoldedText("Plan B. Do not reply.").sentenceStarts.count == 1)
    }

    @Test func clauseEndsAreRecordedApartFromSentenceEnds() {
        let folded = FoldedText("Do not reply, and note: 10:30. 返信不要、次，完")
        let starts = folded.clauseStarts.map { position in
            String(String.UnicodeScalarView(folded.scalars[position...].prefix { $0 != " " }))
        }
        #expect(starts == ["and", "10", "30", "次", "完"])
        let reply = folded.scalars.firstIndex(of: "r")!
        #expect(folded.hasClauseBreak(in: reply..<(reply + 12)))
        #expect(!folded.hasSentenceBreak(in: reply..<(reply + 12)))
        #expect(!folded.hasClauseBreak(in: 0..<reply))
    }

    @Test func everyFoldedScalarPointsAtItsSource() {
        let text = "Bitte NICHT antworten – Grüße ＲＥ ﬁ n’y"
        let folded = FoldedText(text)
        let source = Array(text.unicodeScalars)
        for (position, scalar) in folded.scalars.enumerated() where scalar != " " {
            let index = folded.source(of: position)
            switch ScalarFold.kind(of: source[index]) {
            case .word(let scalars): #expect(scalars.contains(scalar))
            default: #expect(String(source[index]).lowercased().unicodeScalars.first == scalar)
            }
        }
    }

    @Test func theTablesAgreeWithTheDefinition() {
        for value in UInt32(0x80)..<ScalarFold.tableEnd {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarFold.table[Int(value) - 0x80] == ScalarFold.compute(scalar), "U+\(String(value, radix: 16))")
        }
        for value in UInt32(0x1E00)..<0x2000 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarFold.extendedTable[Int(value) - 0x1E00] == ScalarFold.compute(scalar))
        }
    }
}
