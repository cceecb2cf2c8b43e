import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("Çelik", "celik"), ("ÇELIK", "celik"), ("çelik", "celik"), ("Durrës", "durres"),
    ("Ölçü", "olcu"), ("Straße", "strasse"), ("ıspanak", "ispanak"), ("İstanbul", "istanbul"),
    ("Łódź", "lodz"), ("São Paulo", "sao paulo"), ("Škoda", "skoda"), ("Øresund", "oresund"),
    ("Acme Tekstil", "acme tekstil"), ("“Acme”", "“acme”"), ("12.40€", "12.40€"), ("", ""),
    ("LIN-220", "lin-220"), ("Shkodër", "shkoder"), ("e\u{301}", "e"),
  ] as [(String, String)])
func foldRemovesCaseAndAccents(text: String, folded: String) {
  #expect(Fold.fold(text) == folded)
}
