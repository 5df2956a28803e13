import Testing

@testable import MailLint

/// An address named as another kind than a mailbox, a street address ("shipping address",
/// "endereço de entrega", "адрес доставки") or a network one ("adresse IP"), is not the
/// sender's mailbox: what a shop says of it (not served, not checked) is not a dead end. The
/// mailbox itself still is: where a language's mailbox is a postal box ("caixa postal",
/// "căsuță poștală") and where the words for shipping also mean sending ("l'adresse
/// d'expédition de ce message", the address this message is sent from).
struct DeadEndOtherAddressTests {
    @Test(arguments: [
        ("en", "This shipping address is not monitored for deliveries."),
        ("en", "Unfortunately, the billing address is not checked by our system."),
        ("pt", "Este endereço de entrega não é atendido pela transportadora."),
        ("ru", "К сожалению, этот адрес доставки не проверяется."),
        ("es", "Esta dirección de envío no se revisa antes del despacho."),
        ("fr", "Cette adresse de livraison n'est pas contrôlée."),
        ("pl", "Ten adres dostawy nie jest sprawdzany."),
        ("tr", "Bu teslimat adresi kontrol edilmiyor."),
        ("fr", "Cette adresse IP n'est pas surveillée."),
        ("es", "Esta dirección IP no está monitoreada."),
        ("en", "This web address is no longer monitored."),
    ])
    func staysSilentOnOtherAddresses(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    @Test(arguments: [
        ("en", "This address is not monitored."),
        ("pt", "Esta caixa postal não é monitorada."),
        ("ro", "Această căsuță poștală nu este monitorizată."),
        ("it", "Questa casella postale non è monitorata."),
        ("cs", "Tato poštovní schránka není sledována."),
        ("ru", "Этот почтовый ящик не отслеживается."),
        ("es", "Esta dirección no está supervisada."),
        ("fr", "L'adresse d'expédition de ce message n'est pas surveillée."),
        ("es", "La dirección de envío de este correo no está monitorizada."),
        ("pt", "O endereço de envio deste e-mail não é monitorado."),
    ])
    func recognisesTheMailbox(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }
}
