<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Dintero::Api::ApiError</name>
    <message>
        <source>Could not reach Dintero. Check the network connection and try again.</source>
        <translation>Fikk ikke kontakt med Dintero. Sjekk nettverkstilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The secure connection to Dintero could not be verified. The request was not sent.</source>
        <translation>Den sikre forbindelsen til Dintero kunne ikke verifiseres. Forespørselen ble ikke sendt.</translation>
    </message>
    <message>
        <source>Dintero refused the request: %1</source>
        <translation>Dintero avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>Dintero refused the request as invalid or not allowed.</source>
        <translation>Dintero avviste forespørselen som ugyldig eller ikke tillatt.</translation>
    </message>
    <message>
        <source>Dintero did not accept the credentials: %1</source>
        <translation>Dintero godtok ikke påloggingsinformasjonen: %1</translation>
    </message>
    <message>
        <source>Dintero did not accept the credentials. Check the client id, secret or API key.</source>
        <translation>Dintero godtok ikke påloggingsinformasjonen. Sjekk klient-ID, hemmelighet eller API-nøkkel.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this: %1</source>
        <translation>Denne påloggingsinformasjonen gir ikke tilgang til dette: %1</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this (missing permission or wrong account).</source>
        <translation>Denne påloggingsinformasjonen gir ikke tilgang til dette (manglende tillatelse eller feil konto).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Ikke funnet: %1</translation>
    </message>
    <message>
        <source>The session was not found. It may belong to another account.</source>
        <translation>Fant ikke økten. Den kan tilhøre en annen konto.</translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in a moment.</source>
        <translation>Dintero begrenser antall forespørsler. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1): %2</source>
        <translation>Dintero fikk et problem (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1). Try again later.</source>
        <translation>Dintero fikk et problem (HTTP %1). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Unexpected answer from Dintero (HTTP %1): %2</source>
        <translation>Uventet svar fra Dintero (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Unexpected answer from Dintero (HTTP %1).</source>
        <translation>Uventet svar fra Dintero (HTTP %1).</translation>
    </message>
    <message>
        <source>Dintero's answer was incomplete or unreadable.</source>
        <translation>Svaret fra Dintero var ufullstendig eller uleselig.</translation>
    </message>
    <message>
        <source>Dintero's answer did not have the expected content.</source>
        <translation>Svaret fra Dintero hadde ikke det forventede innholdet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>The connection was lost before Dintero confirmed the change. It may or may not have been made; check the session before trying again.</source>
        <translation>Forbindelsen ble brutt før Dintero bekreftet endringen. Den kan være gjort eller ikke; sjekk økten før du prøver igjen.</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second.</source>
        <translation>Serveren svarte ikke innen 1 sekund.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Serveren svarte ikke innen %1 sekunder.</translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in 1 second.</source>
        <translation>Dintero begrenser antall forespørsler. Prøv igjen om 1 sekund.</translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in %1 seconds.</source>
        <translation>Dintero begrenser antall forespørsler. Prøv igjen om %1 sekunder.</translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1) and did not confirm the change. It may or may not have been made; check the session before trying again, so that it is not done twice.</source>
        <translation>Dintero fikk et problem (HTTP %1) og bekreftet ikke endringen. Den kan være gjort eller ikke; sjekk økten før du prøver igjen, så den ikke blir gjort to ganger.</translation>
    </message>
</context>
<context>
    <name>Dintero::Api::ConnectionSettings</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>The account id must be T or P followed by 8 digits, e.g. T12345678.</source>
        <translation>Konto-ID-en må være T eller P etterfulgt av 8 sifre, f.eks. T12345678.</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>API-adressen er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation>API-adressen må bruke https (vanlig http er bare tillatt mot denne datamaskinen).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>API-adressen kan ikke inneholde brukernavn eller passord.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Skriv inn klient-ID-en.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Skriv inn klienthemmeligheten.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Skriv inn API-nøkkelen.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Lim inn et tilgangstoken.</translation>
    </message>
</context>
<context>
    <name>Dintero::Api::CredentialStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Ingen hemmelighet er lagret for denne kontoen.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Tilgang til systemets nøkkelring ble nektet.</translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets cannot be stored. Enter them each time instead.</source>
        <translation>Systemet har ingen tilgjengelig nøkkelring, så hemmeligheter kan ikke lagres. Skriv dem inn hver gang i stedet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Systemets nøkkelring rapporterte en feil.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory until the console closes, and never written to disk. Enter them again next time, or start a keychain (e.g. GNOME Keyring).</source>
        <translation>Ingen systemnøkkelring er tilgjengelig: hemmeligheter holdes i minnet til konsollen lukkes, og skrives aldri til disk. Skriv dem inn igjen neste gang, eller start en nøkkelring (f.eks. GNOME Keyring).</translation>
    </message>
</context>
<context>
    <name>Dintero::Api::PaymentTokenRequest</name>
    <message>
        <source>Enter a three-letter currency code, e.g. NOK.</source>
        <translation>Skriv inn en valutakode på tre bokstaver, f.eks. NOK.</translation>
    </message>
    <message>
        <source>Enter a merchant reference.</source>
        <translation>Skriv inn en ordrereferanse.</translation>
    </message>
    <message>
        <source>Enter a valid return URL.</source>
        <translation>Skriv inn en gyldig retur-URL.</translation>
    </message>
    <message>
        <source>Choose a payment product type.</source>
        <translation>Velg en type betalingsprodukt.</translation>
    </message>
    <message>
        <source>Choose at least one token type.</source>
        <translation>Velg minst én tokentype.</translation>
    </message>
    <message>
        <source>Metadata keys must start with ext_ (%1 does not).</source>
        <translation>Metadatanøkler må begynne med ext_ (det gjør ikke %1).</translation>
    </message>
    <message>
        <source>Metadata values must be text or numbers (%1 is not).</source>
        <translation>Metadataverdier må være tekst eller tall (det er ikke %1).</translation>
    </message>
</context>
<context>
    <name>Dintero::Api::SessionClient</name>
    <message>
        <source>The transaction was not found. It may belong to another account.</source>
        <translation>Fant ikke transaksjonen. Den kan tilhøre en annen konto.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cancel::CancelRule</name>
    <message>
        <source>Already cancelled on %1.</source>
        <translation>Allerede kansellert %1.</translation>
    </message>
    <message>
        <source>Already cancelled.</source>
        <translation>Allerede kansellert.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>The expired session is closed for good; nothing was paid.</source>
        <translation>Den utløpte økten lukkes for godt; ingenting ble betalt.</translation>
    </message>
    <message>
        <source>The payment link stops working: the customer can no longer pay with it. Nothing was paid yet.</source>
        <translation>Betalingslenken slutter å virke: kunden kan ikke lenger betale med den. Ingenting er betalt ennå.</translation>
    </message>
    <message>
        <source>The transaction's state could not be read: Dintero decides whether the session can still be cancelled. If it can, any reservation on the customer's card is released.</source>
        <translation>Transaksjonens status kunne ikke leses: Dintero avgjør om økten fortsatt kan kanselleres. Hvis den kan det, frigis en eventuell reservasjon på kundens kort.</translation>
    </message>
    <message>
        <source>The payment the customer started is stopped; nothing is taken from the customer.</source>
        <translation>Betalingen kunden startet, stoppes; ingenting trekkes fra kunden.</translation>
    </message>
    <message>
        <source>The reservation on the customer's card is released.</source>
        <translation>Reservasjonen på kundens kort frigis.</translation>
    </message>
    <message>
        <source>The reservation of %1 on the customer's card is released.</source>
        <translation>Reservasjonen av %1 på kundens kort frigis.</translation>
    </message>
    <message>
        <source>Voided: the reservation was already released; nothing is left to cancel.</source>
        <translation>Annullert: reservasjonen er allerede frigitt; det er ingenting igjen å kansellere.</translation>
    </message>
    <message>
        <source>Captured: the money is taken; refund it instead.</source>
        <translation>Trukket: pengene er trukket; refunder i stedet.</translation>
    </message>
    <message>
        <source>Refunded: the payment was captured and refunded; a cancel no longer applies.</source>
        <translation>Refundert: betalingen ble trukket og refundert; kansellering er ikke lenger aktuelt.</translation>
    </message>
    <message>
        <source>Failed: the payment did not go through; nothing is reserved to release.</source>
        <translation>Mislyktes: betalingen gikk ikke gjennom; ingenting er reservert som kan frigis.</translation>
    </message>
    <message>
        <source>On hold: the payment is under review by the provider; wait for its outcome.</source>
        <translation>På vent: betalingen vurderes av leverandøren; vent på utfallet.</translation>
    </message>
    <message>
        <source>The transaction is %1, a state in which Dintero does not allow a cancel.</source>
        <translation>Transaksjonen har status %1, og da tillater ikke Dintero kansellering.</translation>
    </message>
    <message>
        <source>The transaction's state is unknown: Dintero decides whether the session can still be cancelled.</source>
        <translation>Transaksjonens status er ukjent: Dintero avgjør om økten fortsatt kan kanselleres.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cancel::CancelRun</name>
    <message>
        <source>cancelled</source>
        <translation>kansellert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>ukjent utfall</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>The session does not exist in this account.</source>
        <translation>Økten finnes ikke i denne kontoen.</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Økten kunne ikke hentes: %1</translation>
    </message>
    <message>
        <source>Stopped before it was sent.</source>
        <translation>Stoppet før kanselleringen ble sendt.</translation>
    </message>
    <message>
        <source>The answer was lost; reading the session again shows it cancelled.</source>
        <translation>Svaret gikk tapt; økten er hentet på nytt og er kansellert.</translation>
    </message>
    <message>
        <source>The answer was lost (%1); reading the session again shows it is not cancelled.</source>
        <translation>Svaret gikk tapt (%1); økten er hentet på nytt og er ikke kansellert.</translation>
    </message>
    <message>
        <source>This credential may not change sessions (403): it can only read them.</source>
        <translation>Denne påloggingsinformasjonen kan ikke endre økter (403): den kan bare lese dem.</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the session could not be read again (%2): check it before trying again.</source>
        <translation>Svaret gikk tapt (%1), og økten kunne ikke hentes på nytt (%2): sjekk den før du prøver igjen.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::ArgumentParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versjonen.</translation>
    </message>
    <message>
        <source>Checkout API address (default https://checkout.dintero.com/v1). [DINTERO_BASE_URL]</source>
        <translation>Adressen til Checkout-API-et (standard https://checkout.dintero.com/v1). [DINTERO_BASE_URL]</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Dintero account id, T or P and 8 digits. [DINTERO_ACCOUNT_ID]</source>
        <translation>Dintero-konto-ID, T eller P og 8 sifre. [DINTERO_ACCOUNT_ID]</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>API client id (client credentials). [DINTERO_CLIENT_ID]</source>
        <translation>Klient-ID til API-klienten (client credentials). [DINTERO_CLIENT_ID]</translation>
    </message>
    <message>
        <source>API client secret; prefer the environment variable, which other users cannot see. [DINTERO_CLIENT_SECRET]</source>
        <translation>Klienthemmeligheten til API-klienten; bruk helst miljøvariabelen, som andre brukere ikke kan se. [DINTERO_CLIENT_SECRET]</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>hemmelighet</translation>
    </message>
    <message>
        <source>API key, sent as x-api-key, instead of a client. [DINTERO_API_KEY]</source>
        <translation>API-nøkkel, sendt som x-api-key, i stedet for en klient. [DINTERO_API_KEY]</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nøkkel</translation>
    </message>
    <message>
        <source>Use an embedded sandbox with generated sessions instead of Dintero.</source>
        <translation>Bruk en innebygd sandkasse med genererte økter i stedet for Dintero.</translation>
    </message>
    <message>
        <source>Output: table (default) or json.</source>
        <translation>Utdata: table (standard) eller json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>An order line, id:description:quantity:amount:vat (amount in minor units incl. VAT, vat in percent). Repeatable.</source>
        <translation>En ordrelinje, id:beskrivelse:antall:beløp:mva (beløp i minste enheter inkl. mva., mva i prosent). Kan gjentas.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>Send the JSON object in this file instead of building it from options (- reads standard input).</source>
        <translation>Send JSON-objektet i denne filen i stedet for å bygge det fra valgene (- leser standard inndata).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Match merchant references or the customer's name.</source>
        <translation>Søk i ordrereferanser eller kundenavn.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Only sessions of this store. Repeatable.</source>
        <translation>Bare økter fra denne butikken. Kan gjentas.</translation>
    </message>
    <message>
        <source>Only this session id. Repeatable.</source>
        <translation>Bare denne økt-ID-en. Kan gjentas.</translation>
    </message>
    <message>
        <source>Only the session of this transaction. Repeatable.</source>
        <translation>Bare økten til denne transaksjonen. Kan gjentas.</translation>
    </message>
    <message>
        <source>Created at or after: yyyy-mm-dd (local midnight) or an ISO 8601 date-time.</source>
        <translation>Opprettet på eller etter: åååå-mm-dd (lokal midnatt) eller et ISO 8601-tidspunkt.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>Created at or before: yyyy-mm-dd (the whole day) or an ISO 8601 date-time.</source>
        <translation>Opprettet på eller før: åååå-mm-dd (hele dagen) eller et ISO 8601-tidspunkt.</translation>
    </message>
    <message>
        <source>Sessions per page, 1 to 100 (default 10).</source>
        <translation>Økter per side, 1 til 100 (standard 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Read every page (100 sessions each) instead of one.</source>
        <translation>Les alle sider (100 økter hver) i stedet for én.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required without a terminal).</source>
        <translation>Ikke be om bekreftelse (påkrevd uten terminal).</translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. NOK. Required.</source>
        <translation>Valuta etter ISO 4217, f.eks. NOK. Påkrevd.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Merchant reference. Required.</source>
        <translation>Ordrereferanse. Påkrevd.</translation>
    </message>
    <message>
        <source>Where the customer returns afterwards. Required.</source>
        <translation>Adressen kunden sendes tilbake til etterpå. Påkrevd.</translation>
    </message>
    <message>
        <source>Customer e-mail.</source>
        <translation>Kundens e-postadresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Customer phone number, e.g. +4791234567.</source>
        <translation>Kundens telefonnummer, f.eks. +4791234567.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation>Kunde-ID.</translation>
    </message>
    <message>
        <source>Store id (order.store.id).</source>
        <translation>Butikk-ID (order.store.id).</translation>
    </message>
    <message>
        <source>Payment product that stores the token (default dintero_psp.creditcard).</source>
        <translation>Betalingsproduktet som lagrer tokenet (standard dintero_psp.creditcard).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Create from this payment profile (POST /sessions-profile).</source>
        <translation>Opprett fra denne betalingsprofilen (POST /sessions-profile).</translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. NOK. Required without --body.</source>
        <translation>Valuta etter ISO 4217, f.eks. NOK. Påkrevd uten --body.</translation>
    </message>
    <message>
        <source>Order amount in minor units incl. VAT (29990 = 299.90). Default: the sum of the items.</source>
        <translation>Ordrebeløp i minste enheter inkl. mva. (29990 = 299,90). Standard: summen av ordrelinjene.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>Merchant reference. Required without --body.</source>
        <translation>Ordrereferanse. Påkrevd uten --body.</translation>
    </message>
    <message>
        <source>Second merchant reference.</source>
        <translation>Den andre ordrereferansen.</translation>
    </message>
    <message>
        <source>Where the customer returns afterwards. Required without --body.</source>
        <translation>Adressen kunden sendes tilbake til etterpå. Påkrevd uten --body.</translation>
    </message>
    <message>
        <source>Server-to-server callback URL.</source>
        <translation>Callback-URL for varsler fra server til server.</translation>
    </message>
    <message>
        <source>When the payment link stops working: ISO 8601 date-time, or yyyy-mm-dd (the end of that day).</source>
        <translation>Når betalingslenken slutter å virke: et ISO 8601-tidspunkt, eller åååå-mm-dd (slutten av den dagen).</translation>
    </message>
    <message>
        <source>New order amount in minor units. Default with --item: the sum of the items.</source>
        <translation>Nytt ordrebeløp i minste enheter. Standard med --item: summen av ordrelinjene.</translation>
    </message>
    <message>
        <source>New second merchant reference.</source>
        <translation>Ny verdi for den andre ordrereferansen.</translation>
    </message>
    <message>
        <source>Update although the session is not locked for paying (only before the customer has seen the checkout).</source>
        <translation>Oppdater selv om økten ikke er låst for betaling (bare før kunden har sett betalingssiden).</translation>
    </message>
    <message>
        <source>List sessions: one page, or every page with --all.</source>
        <translation>List opp økter: én side, eller alle sider med --all.</translation>
    </message>
    <message>
        <source>Show one session with its amounts, items and events.</source>
        <translation>Vis én økt med beløp, ordrelinjer og hendelser.</translation>
    </message>
    <message>
        <source>Cancel a session; also voids an INITIATED or AUTHORIZED transaction.</source>
        <translation>Kanseller en økt; annullerer også en transaksjon som er INITIATED eller AUTHORIZED.</translation>
    </message>
    <message>
        <source>Create a session that stores a card token, and print its link.</source>
        <translation>Opprett en økt som lagrer et korttoken, og skriv ut lenken.</translation>
    </message>
    <message>
        <source>Create a session and print its id and payment link.</source>
        <translation>Opprett en økt og skriv ut ID-en og betalingslenken.</translation>
    </message>
    <message>
        <source>Change a session's order and print the session.</source>
        <translation>Endre ordren i en økt og skriv ut økten.</translation>
    </message>
    <message>
        <source>%1 [options] %2 ID [options]</source>
        <translation>%1 [valg] %2 ID [valg]</translation>
    </message>
    <message>
        <source>%1 [options] %2 [options]</source>
        <translation>%1 [valg] %2 [valg]</translation>
    </message>
    <message>
        <source>json prints the session object as Dintero sent it.</source>
        <translation>json skriver ut øktobjektet slik Dintero sendte det.</translation>
    </message>
    <message>
        <source>On a terminal the command shows the session and asks before it cancels; without a terminal it needs --yes. Exit status 1 when Dintero refuses, when the answer is not yes, or when the outcome could not be confirmed (the message then says UNKNOWN).</source>
        <translation>I en terminal viser kommandoen økten og spør før den kansellerer; uten terminal trengs --yes. Avslutningsstatus 1 når Dintero avviser, når svaret ikke er ja, eller når utfallet ikke kunne bekreftes (meldingen sier da UKJENT).</translation>
    </message>
    <message>
        <source>Prints only the link (the session's url) on standard output.</source>
        <translation>Skriver bare ut lenken (øktens url) på standard utdata.</translation>
    </message>
    <message>
        <source>Prints the new session's id and its payment link, one per line. Without --profile the session is created with POST /sessions and a minimal configuration (Dintero card payments).</source>
        <translation>Skriver ut ID-en til den nye økten og betalingslenken, én per linje. Uten --profile opprettes økten med POST /sessions og en minimal konfigurasjon (kortbetaling via Dintero).</translation>
    </message>
    <message>
        <source>The order fields given replace those of the session.</source>
        <translation>Ordrefeltene som oppgis, erstatter feltene i økten.</translation>
    </message>
    <message>
        <source>Connection options (options win over the environment variables in brackets):</source>
        <translation>Tilkoblingsvalg (valgene går foran miljøvariablene i hakeparentes):</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 Dintero error (or an unconfirmed outcome), 2 usage error.</source>
        <translation>Avslutningsstatus: 0 vellykket, 1 feil fra Dintero (eller ubekreftet utfall), 2 bruksfeil.</translation>
    </message>
    <message>
        <source>Run '%1 --help' for the commands.</source>
        <translation>Kjør «%1 --help» for å se kommandoene.</translation>
    </message>
    <message>
        <source>Run '%1 %2 --help' for its options.</source>
        <translation>Kjør «%1 %2 --help» for å se valgene.</translation>
    </message>
    <message>
        <source>--format must be table or json, not '%1'.</source>
        <translation>--format må være table eller json, ikke «%1».</translation>
    </message>
    <message>
        <source>The items add up to more than %1, the largest amount Dintero accepts.</source>
        <translation>Ordrelinjene blir til sammen mer enn %1, det største beløpet Dintero godtar.</translation>
    </message>
    <message>
        <source>--created-from is later than --created-to.</source>
        <translation>--created-from er senere enn --created-to.</translation>
    </message>
    <message>
        <source>--limit cannot be combined with --all, which reads pages of %1.</source>
        <translation>--limit kan ikke kombineres med --all, som leser %1 økter per side.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not '%2'.</source>
        <translation>--limit må være et heltall fra 1 til %1, ikke «%2».</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Mangler --%1.</translation>
    </message>
    <message>
        <source>--product-type must not be empty.</source>
        <translation>--product-type kan ikke være tom.</translation>
    </message>
    <message>
        <source>--profile must not be empty.</source>
        <translation>--profile kan ikke være tom.</translation>
    </message>
    <message>
        <source>--body cannot be combined with %1; put those fields in the JSON.</source>
        <translation>--body kan ikke kombineres med %1; legg de feltene i JSON-en.</translation>
    </message>
    <message>
        <source>--body needs a file name, or - for standard input.</source>
        <translation>--body trenger et filnavn, eller - for standard inndata.</translation>
    </message>
    <message>
        <source>Missing --%1 (or give the whole request with --body FILE).</source>
        <translation>Mangler --%1 (eller gi hele forespørselen med --body FIL).</translation>
    </message>
    <message>
        <source>Missing --amount (or at least one --item to add up).</source>
        <translation>Mangler --amount (eller minst én --item å summere).</translation>
    </message>
    <message>
        <source>Nothing to update: give --amount, --reference-2, --item or --body FILE.</source>
        <translation>Ingenting å oppdatere: gi --amount, --reference-2, --item eller --body FIL.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [options]</source>
        <translation>Bruk: %1 [valg] KOMMANDO [valg]</translation>
    </message>
    <message>
        <source>Lists, shows, creates, updates and cancels Dintero Checkout sessions.</source>
        <translation>Lister opp, viser, oppretter, oppdaterer og kansellerer Dintero Checkout-økter.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for the options of a command.</source>
        <translation>Kjør «%1 KOMMANDO --help» for å se valgene til en kommando.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>Missing the session id.</source>
        <translation>Mangler økt-ID-en.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Uventet argument «%1».</translation>
    </message>
    <message>
        <source>%1 must be a date (2025-03-04) or an ISO 8601 date-time (2025-03-04T09:30:00+01:00), not '%2'.</source>
        <translation>%1 må være en dato (2025-03-04) eller et ISO 8601-tidspunkt (2025-03-04T09:30:00+01:00), ikke «%2».</translation>
    </message>
    <message>
        <source>--item must look like id:description:quantity:amount:vat, e.g. SKU-1:Green tea 250 g:2:19800:25, not '%1'.</source>
        <translation>--item må ha formen id:beskrivelse:antall:beløp:mva, f.eks. SKU-1:Grønn te 250 g:2:19800:25, ikke «%1».</translation>
    </message>
    <message>
        <source>The quantity of --item '%1' must be a number above 0.</source>
        <translation>Antallet i --item «%1» må være et tall over 0.</translation>
    </message>
    <message>
        <source>The amount of --item '%1' must be a whole number of minor units, e.g. 19800 for 198.00.</source>
        <translation>Beløpet i --item «%1» må være et heltall i minste enheter, f.eks. 19800 for 198,00.</translation>
    </message>
    <message>
        <source>The VAT of --item '%1' must be a percentage from 0 to 100.</source>
        <translation>Mva-satsen i --item «%1» må være en prosent fra 0 til 100.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minor units from 0 to %2 (29990 = 299.90), not '%3'.</source>
        <translation>%1 må være et heltall i minste enheter fra 0 til %2 (29990 = 299,90), ikke «%3».</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as NOK, not '%2'.</source>
        <translation>%1 må være en ISO 4217-kode på tre bokstaver, som NOK, ikke «%2».</translation>
    </message>
    <message>
        <source>%1 must be an absolute http(s) URL such as https://shop.example/return, not '%2'.</source>
        <translation>%1 må være en absolutt http(s)-URL, som https://shop.example/return, ikke «%2».</translation>
    </message>
    <message>
        <source>Set --account-id with --client-id and --client-secret, or with --api-key (or DINTERO_ACCOUNT_ID, DINTERO_CLIENT_ID, DINTERO_CLIENT_SECRET, DINTERO_API_KEY); or try --demo.</source>
        <translation>Angi --account-id med --client-id og --client-secret, eller med --api-key (eller DINTERO_ACCOUNT_ID, DINTERO_CLIENT_ID, DINTERO_CLIENT_SECRET, DINTERO_API_KEY); eller prøv --demo.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with %1.</source>
        <translation>--demo kan ikke kombineres med %1.</translation>
    </message>
    <message>
        <source>--demo connects to the embedded sandbox; leave out the other connection options.</source>
        <translation>--demo kobler til den innebygde sandkassen; utelat de andre tilkoblingsvalgene.</translation>
    </message>
    <message>
        <source>The API address '%1' is not a valid URL.</source>
        <translation>API-adressen «%1» er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>Use an address such as https://checkout.dintero.com/v1 (--base-url or DINTERO_BASE_URL).</source>
        <translation>Bruk en adresse som https://checkout.dintero.com/v1 (--base-url eller DINTERO_BASE_URL).</translation>
    </message>
    <message>
        <source>--api-key cannot be combined with --client-id or --client-secret.</source>
        <translation>--api-key kan ikke kombineres med --client-id eller --client-secret.</translation>
    </message>
    <message>
        <source>Choose one kind of credential: a client (id and secret) or an API key.</source>
        <translation>Velg én type påloggingsinformasjon: en klient (ID og hemmelighet) eller en API-nøkkel.</translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation>Klient-ID-en mangler.</translation>
    </message>
    <message>
        <source>Set --client-id or DINTERO_CLIENT_ID.</source>
        <translation>Angi --client-id eller DINTERO_CLIENT_ID.</translation>
    </message>
    <message>
        <source>The client secret is missing.</source>
        <translation>Klienthemmeligheten mangler.</translation>
    </message>
    <message>
        <source>Set DINTERO_CLIENT_SECRET (or --client-secret).</source>
        <translation>Angi DINTERO_CLIENT_SECRET (eller --client-secret).</translation>
    </message>
    <message>
        <source>No credentials given.</source>
        <translation>Ingen påloggingsinformasjon er oppgitt.</translation>
    </message>
    <message>
        <source>No account id given.</source>
        <translation>Ingen konto-ID er oppgitt.</translation>
    </message>
    <message>
        <source>Set --account-id or DINTERO_ACCOUNT_ID, e.g. T12345678 for a test account.</source>
        <translation>Angi --account-id eller DINTERO_ACCOUNT_ID, f.eks. T12345678 for en testkonto.</translation>
    </message>
    <message>
        <source>Output: table (default), json, ndjson (one session per line) or csv.</source>
        <translation>Utdata: table (standard), json, ndjson (én økt per linje) eller csv.</translation>
    </message>
    <message>
        <source>--format must be table, json, ndjson or csv, not '%1'.</source>
        <translation>--format må være table, json, ndjson eller csv, ikke «%1».</translation>
    </message>
    <message>
        <source>Start after this session id, where an earlier run stopped.</source>
        <translation>Start etter denne økt-id-en, der en tidligere kjøring stoppet.</translation>
    </message>
    <message>
        <source>--starting-after needs the id of a session.</source>
        <translation>--starting-after trenger id-en til en økt.</translation>
    </message>
    <message>
        <source>json prints one array of the session objects as Dintero sent them; ndjson prints each session object on a line of its own; csv prints a header row and one row per session (amounts as decimals in major units, times in UTC); table prints aligned columns: created, status, merchant reference, customer, amount, store, id. Pages are written as they arrive; when a page fails, what was written stays valid and the message names the --starting-after to go on with.</source>
        <translation>json skriver ut én matrise med øktobjektene slik Dintero sendte dem; ndjson skriver hvert øktobjekt på en egen linje; csv skriver en overskriftsrad og én rad per økt (beløp som desimaltall i hovedenheter, tidspunkter i UTC); table skriver justerte kolonner: opprettet, status, butikkreferanse, kunde, beløp, butikk, id. Sidene skrives etter hvert som de kommer; når en side feiler, forblir det som allerede er skrevet gyldig, og meldingen oppgir hvilken --starting-after du kan fortsette med.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CancelCommand</name>
    <message>
        <source>y</source>
        <comment>short answer to a yes/no question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to a yes/no question</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not cancelling %1: there is no terminal to confirm on.</source>
        <translation>Kansellerer ikke %1: det finnes ingen terminal å bekrefte i.</translation>
    </message>
    <message>
        <source>Add --yes to cancel without being asked.</source>
        <translation>Legg til --yes for å kansellere uten å bli spurt.</translation>
    </message>
    <message>
        <source>Session %1 was already cancelled at %2.</source>
        <translation>Økt %1 ble allerede kansellert %2.</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Økt %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelling stops its payment link from working.</source>
        <translation>Kansellering gjør at betalingslenken slutter å virke.</translation>
    </message>
    <message>
        <source>Cancelling stops its payment link and voids transaction %1 if it is INITIATED or AUTHORIZED; Dintero refuses if it is already captured.</source>
        <translation>Kansellering stopper betalingslenken og annullerer transaksjon %1 hvis den er INITIATED eller AUTHORIZED; Dintero avviser hvis den allerede er belastet (captured).</translation>
    </message>
    <message>
        <source>Cancel this session? [y/N] </source>
        <translation>Kansellere denne økten? [j/N] </translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation>Ikke kansellert.</translation>
    </message>
    <message>
        <source>Cancelled session %1 at %2.</source>
        <translation>Økt %1 ble kansellert %2.</translation>
    </message>
    <message>
        <source>Cancelled session %1.</source>
        <translation>Økt %1 ble kansellert.</translation>
    </message>
    <message>
        <source>The connection was lost after the cancel was sent; reading the session back shows it cancelled.</source>
        <translation>Forbindelsen ble brutt etter at kanselleringen ble sendt; økten er hentet på nytt og er kansellert.</translation>
    </message>
    <message>
        <source>Session %1 was not cancelled: the connection was lost, and reading the session back shows it still open.</source>
        <translation>Økt %1 ble ikke kansellert: forbindelsen ble brutt, og økten er hentet på nytt og er fortsatt åpen.</translation>
    </message>
    <message>
        <source>The outcome is UNKNOWN: the cancel of session %1 was sent, but Dintero's answer was lost and the session could not be read back (%2). Check it with 'dintero-sessions get %1' before trying again.</source>
        <translation>Utfallet er UKJENT: kanselleringen av økt %1 ble sendt, men svaret fra Dintero gikk tapt, og økten kunne ikke hentes på nytt (%2). Sjekk den med «dintero-sessions get %1» før du prøver igjen.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::Command</name>
    <message>
        <source>No connection to Dintero was set up.</source>
        <translation>Ingen tilkobling til Dintero er satt opp.</translation>
    </message>
    <message>
        <source>Standard input cannot be read for --body -.</source>
        <translation>Standard inndata kan ikke leses for --body -.</translation>
    </message>
    <message>
        <source>Cannot read --body %1: %2</source>
        <translation>Kan ikke lese --body %1: %2</translation>
    </message>
    <message>
        <source>--body %1 is not valid JSON: %2 at offset %3.</source>
        <translation>--body %1 er ikke gyldig JSON: %2 ved posisjon %3.</translation>
    </message>
    <message>
        <source>--body %1 must hold one JSON object.</source>
        <translation>--body %1 må inneholde ett JSON-objekt.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CommandRunner</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Den innebygde sandkassen kunne ikke starte: %1</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CreateCommand</name>
    <message>
        <source>Published by %1 (%2): %3</source>
        <translation>Publisert via %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::ListCommand</name>
    <message numerus="yes">
        <source>Loading sessions: %n loaded</source>
        <translation>
            <numerusform>Laster inn økter: %n lastet inn</numerusform>
            <numerusform>Laster inn økter: %n lastet inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n session(s) before the last page.</source>
        <translation>
            <numerusform>Innlastingen stoppet etter %n økt, før den siste siden.</numerusform>
            <numerusform>Innlastingen stoppet etter %n økter, før den siste siden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>Ingen økter passer.</translation>
    </message>
    <message>
        <source>Cannot write the output.</source>
        <translation>Kan ikke skrive utdataene.</translation>
    </message>
    <message numerus="yes">
        <source>The output stopped after %n complete session(s), the last one %1. To go on after it, run the same command with --starting-after %1.</source>
        <translation>
            <numerusform>Utdataene stoppet etter %n fullført økt, den siste var %1. For å fortsette etter den, kjør samme kommando med --starting-after %1.</numerusform>
            <numerusform>Utdataene stoppet etter %n fullførte økter, den siste var %1. For å fortsette etter den, kjør samme kommando med --starting-after %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::PaymentTokenCommand</name>
    <message>
        <source>Dintero created session %1 but sent no link for it.</source>
        <translation>Dintero opprettet økt %1, men sendte ingen lenke til den.</translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::SessionFormatter</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Ordrereferanse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Merchant ref 2</source>
        <translation>Ordrereferanse 2</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Payment operation</source>
        <translation>Betalingsoperasjon</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::ConnectionCheck</name>
    <message>
        <source>Connected to account %1 at %2: the token and a page of sessions came back.</source>
        <translation>Koblet til konto %1 på %2: tokenet og en side med økter kom tilbake.</translation>
    </message>
    <message>
        <source>Dintero refused the client id or the client secret (401 from the token request). Copy both again from the API client in Dintero Backoffice and save.</source>
        <translation>Dintero avviste klient-id-en eller klienthemmeligheten (401 fra tokenforespørselen). Kopier begge på nytt fra API-klienten i Dintero Backoffice, og lagre.</translation>
    </message>
    <message>
        <source>Dintero refused the API key (401). Check that the key is for account %1 and not revoked.</source>
        <translation>Dintero avviste API-nøkkelen (401). Kontroller at nøkkelen gjelder konto %1 og ikke er tilbakekalt.</translation>
    </message>
    <message>
        <source>Dintero refused the access token (401): it has expired or is not for account %1. Paste a fresh one.</source>
        <translation>Dintero avviste tilgangstokenet (401): det er utløpt eller gjelder ikke konto %1. Lim inn et nytt.</translation>
    </message>
    <message>
        <source>The API client has no access to account %1 (%2 from the token request: unknown account or audience)%3. Check the account id, and that the client belongs to it.</source>
        <translation>API-klienten har ikke tilgang til konto %1 (%2 fra tokenforespørselen: ukjent konto eller audience)%3. Kontroller konto-id-en, og at klienten hører til kontoen.</translation>
    </message>
    <message>
        <source>The credential was accepted but may not list the sessions of account %1 (%2)%3: it needs the scope read:checkout on that account.</source>
        <translation>Legitimasjonen ble godtatt, men får kanskje ikke liste øktene til konto %1 (%2)%3: den trenger scopet read:checkout for den kontoen.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2 Check the base URL, the network connection and any proxy.</source>
        <translation>Kunne ikke nå %1: %2 Kontroller basis-URL-en, nettverkstilkoblingen og eventuell proxy.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2 Nothing was sent. Check the computer's clock and that the address is Dintero's.</source>
        <translation>Den sikre (TLS-)tilkoblingen til %1 mislyktes: %2 Ingenting ble sendt. Kontroller klokken på datamaskinen, og at adressen tilhører Dintero.</translation>
    </message>
    <message>
        <source>Dintero answered with a server error (HTTP %1)%2. The settings may be right: try again in a few minutes.</source>
        <translation>Dintero svarte med en serverfeil (HTTP %1)%2. Innstillingene kan være riktige: prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Testen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::ConnectionService</name>
    <message>
        <source>The demo sandbox did not start</source>
        <translation>Demo-sandkassen startet ikke</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Reading the secret for account %1 from the system keychain.</source>
        <translation>Leser hemmeligheten for konto %1 fra systemnøkkelringen.</translation>
    </message>
    <message>
        <source>Could not read the secret for %1</source>
        <translation>Kunne ikke lese hemmeligheten for %1</translation>
    </message>
    <message>
        <source>Enter it again under File → Connections…</source>
        <translation>Skriv den inn igjen under Fil → Tilkoblinger…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>Reading the secret for %1 from the system keychain.</source>
        <translation>Leser hemmeligheten for %1 fra systemnøkkelringen.</translation>
    </message>
    <message>
        <source>Enter it again under File → Connections… (Edit).</source>
        <translation>Skriv den inn igjen under Fil → Tilkoblinger… (Rediger).</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used</source>
        <translation>Profilen %1 kan ikke brukes</translation>
    </message>
    <message>
        <source>The secret of %1 could not be stored in the keychain (%2); it is used until the console closes.</source>
        <translation>Hemmeligheten for %1 kunne ikke lagres i nøkkelringen (%2); den brukes til konsollen lukkes.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>The profile is removed, but its secret could not be deleted from the keychain (%1).</source>
        <translation>Profilen er fjernet, men hemmeligheten kunne ikke slettes fra nøkkelringen (%1).</translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::WriteAccess</name>
    <message>
        <source>This credential may only read (scope %1): ask for an API client with write:checkout to make changes.</source>
        <translation>Denne legitimasjonen kan bare lese (scope %1): be om en API-klient med write:checkout for å gjøre endringer.</translation>
    </message>
    <message>
        <source>Dintero refused a change with this credential (403 Forbidden): it may only read. Ask for an API client with write:checkout to make changes.</source>
        <translation>Dintero avviste en endring med denne legitimasjonen (403 Forbidden): den kan bare lese. Be om en API-klient med write:checkout for å gjøre endringer.</translation>
    </message>
    <message>
        <source>What this credential may change is unknown until a change is tried.</source>
        <translation>Hva denne legitimasjonen kan endre, er ukjent til en endring er forsøkt.</translation>
    </message>
    <message>
        <source>May read and change sessions (scope %1).</source>
        <translation>Kan lese og endre økter (scope %1).</translation>
    </message>
</context>
<context>
    <name>Dintero::Core::SessionStatus</name>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Paid / authorized</source>
        <translation>Betalt / autorisert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
</context>
<context>
    <name>Dintero::Core::TransactionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisert</translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation>Autorisasjon annullert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation>Delvis trukket</translation>
    </message>
    <message>
        <source>Partially captured and refunded</source>
        <translation>Delvis trukket og refundert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Delvis refundert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Csv</name>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation>Loggen kunne ikke eksporteres til %1: %2</translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Journal</name>
    <message>
        <source>The journal could not be written (%1): %2</source>
        <translation>Loggen kunne ikke skrives (%1): %2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>mappen kan ikke opprettes</translation>
    </message>
    <message>
        <source>its size cannot be read</source>
        <translation>størrelsen kan ikke leses</translation>
    </message>
    <message>
        <source>it could not be saved to disk</source>
        <translation>den kunne ikke lagres på disk</translation>
    </message>
    <message>
        <source>The journal's last line was incomplete; the new entry starts on a line of its own after it and follows the last complete entry.</source>
        <translation>Den siste linjen i loggen var ufullstendig; den nye oppføringen starter på en egen linje etter den og følger etter den siste fullstendige oppføringen.</translation>
    </message>
    <message>
        <source>The journal could not be read (%1): %2</source>
        <translation>Loggen kunne ikke leses (%1): %2</translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::JournalModel</name>
    <message>
        <source>Written at or after line %1 of the journal, where the chain of hashes breaks: this entry may have been changed.</source>
        <translation>Skrevet på eller etter linje %1 i loggen, der kjeden av hashverdier brytes: denne oppføringen kan ha blitt endret.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operasjon</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Økt-ID</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Ordrereferanse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Operation</name>
    <message>
        <source>Cancel session</source>
        <translation>Kanseller økt</translation>
    </message>
    <message>
        <source>Create payment token session</source>
        <translation>Opprett økt for betalingstoken</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Opprett økt</translation>
    </message>
    <message>
        <source>Create session from profile</source>
        <translation>Opprett økt fra profil</translation>
    </message>
    <message>
        <source>Update session</source>
        <translation>Oppdater økt</translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Outcome</name>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ukjent utfall</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
</context>
<context>
    <name>Dintero::Links::LinkWatch</name>
    <message>
        <source>The session no longer exists.</source>
        <translation>Økten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The link was cancelled.</source>
        <translation>Lenken ble kansellert.</translation>
    </message>
    <message>
        <source>The link expired before it was used.</source>
        <translation>Lenken utløp før den ble brukt.</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Betalingen mislyktes.</translation>
    </message>
</context>
<context>
    <name>Dintero::Links::LinksModel</name>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Kort lagret</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Watch stopped</source>
        <translation>Overvåking stoppet</translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Overvåking stoppet: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkreferanse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sist sjekket</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::DatePreset</name>
    <message>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n felt</numerusform>
            <numerusform>%n felt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>string</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolsk</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::OrderItemsModel</name>
    <message>
        <source>Items and shipping add up to %1, %2 less than the order amount (%3).</source>
        <translation>Ordrelinjene og frakten blir til sammen %1, %2 mindre enn ordrebeløpet (%3).</translation>
    </message>
    <message>
        <source>Items and shipping add up to %1, %2 more than the order amount (%3).</source>
        <translation>Ordrelinjene og frakten blir til sammen %1, %2 mer enn ordrebeløpet (%3).</translation>
    </message>
    <message>
        <source>The items add up to %1, %2 less than the order amount (%3).</source>
        <translation>Ordrelinjene blir til sammen %1, %2 mindre enn ordrebeløpet (%3).</translation>
    </message>
    <message>
        <source>The items add up to %1, %2 more than the order amount (%3).</source>
        <translation>Ordrelinjene blir til sammen %1, %2 mer enn ordrebeløpet (%3).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>Varenr. %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Enhetsbeløp</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva. %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva.</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Linjebeløp</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionSummary</name>
    <message>
        <source>Card saved: %1 can be charged later without the customer.</source>
        <translation>Kort lagret: %1 kan belastes senere uten at kunden må medvirke.</translation>
    </message>
    <message>
        <source>Card saved: the customer's card can be charged later without the customer.</source>
        <translation>Kort lagret: kundens kort kan belastes senere uten at kunden må medvirke.</translation>
    </message>
    <message>
        <source>Payment started: the customer is paying now; cancelling stops the payment.</source>
        <translation>Betaling startet: kunden betaler nå; kansellering stopper betalingen.</translation>
    </message>
    <message>
        <source>Authorized: %1 is reserved on the customer's card; cancelling releases it.</source>
        <translation>Autorisert: %1 er reservert på kundens kort; kansellering frigir beløpet.</translation>
    </message>
    <message>
        <source>Voided: the reservation was released; the customer was not charged.</source>
        <translation>Annullert: reservasjonen ble frigitt; kunden ble ikke belastet.</translation>
    </message>
    <message>
        <source>Captured: the money is taken; refund it instead.</source>
        <translation>Trukket: pengene er trukket; refunder i stedet.</translation>
    </message>
    <message>
        <source>Partly captured: part of the money is taken; refund it instead.</source>
        <translation>Delvis trukket: en del av pengene er trukket; refunder i stedet.</translation>
    </message>
    <message>
        <source>Refunded: the money has been returned to the customer.</source>
        <translation>Refundert: pengene er tilbakebetalt til kunden.</translation>
    </message>
    <message>
        <source>Partly refunded: part of the money has been returned to the customer.</source>
        <translation>Delvis refundert: en del av pengene er tilbakebetalt til kunden.</translation>
    </message>
    <message>
        <source>Declined: the customer's bank refused the payment; the customer was not charged.</source>
        <translation>Avslått: kundens bank avviste betalingen; kunden ble ikke belastet.</translation>
    </message>
    <message>
        <source>Failed: the payment did not go through; the customer was not charged.</source>
        <translation>Mislyktes: betalingen gikk ikke gjennom; kunden ble ikke belastet.</translation>
    </message>
    <message>
        <source>On hold: the payment provider is reviewing the payment; it will be authorized or fail.</source>
        <translation>På vent: betalingsleverandøren vurderer betalingen; den blir enten autorisert eller mislykkes.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Cancelled on %1 by %2: the customer can no longer pay.</source>
        <translation>Kansellert %1 av %2: kunden kan ikke lenger betale.</translation>
    </message>
    <message>
        <source>Cancelled on %1: the customer can no longer pay.</source>
        <translation>Kansellert %1: kunden kan ikke lenger betale.</translation>
    </message>
    <message>
        <source>Cancelled: the customer can no longer pay.</source>
        <translation>Kansellert: kunden kan ikke lenger betale.</translation>
    </message>
    <message>
        <source>Authorized: the customer has paid or the amount is reserved.</source>
        <translation>Autorisert: kunden har betalt, eller beløpet er reservert.</translation>
    </message>
    <message>
        <source>Authorized: %1 is paid or reserved on the customer's card; the transaction tells which.</source>
        <translation>Autorisert: %1 er betalt eller reservert på kundens kort; transaksjonen viser hva som gjelder.</translation>
    </message>
    <message>
        <source>Expired: the customer can no longer pay.</source>
        <translation>Utløpt: kunden kan ikke lenger betale.</translation>
    </message>
    <message>
        <source>In progress: the customer has opened the payment page but has not paid yet.</source>
        <translation>Pågår: kunden har åpnet betalingssiden, men har ikke betalt ennå.</translation>
    </message>
    <message>
        <source>Open: the customer has not opened the payment page yet.</source>
        <translation>Åpen: kunden har ikke åpnet betalingssiden ennå.</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTableModel</name>
    <message>
        <source>Local: %1
UTC: %2
ISO: %3</source>
        <translation>Lokal tid: %1
UTC: %2
ISO: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 minor units of %2</source>
        <translation>%1 minste enheter av %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Ordrereferanse</translation>
    </message>
    <message>
        <source>Reference 2</source>
        <translation>Referanse 2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaksjons-ID</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Økt-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>In local time; hover a cell for UTC</source>
        <translation>I lokal tid; hold pekeren over en celle for UTC</translation>
    </message>
    <message>
        <source>Derived from the session's events; the API has no status field</source>
        <translation>Utledet fra øktens hendelser; API-et har ikke noe statusfelt</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTimeline</name>
    <message>
        <source>Amount %1</source>
        <translation>Beløp %1</translation>
    </message>
    <message>
        <source>Payment product %1</source>
        <translation>Betalingsprodukt %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Feil %1</translation>
    </message>
    <message>
        <source>Status after: %1</source>
        <translation>Status etterpå: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Av %1</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Økt opprettet</translation>
    </message>
    <message>
        <source>Customer opened the payment page</source>
        <translation>Kunden åpnet betalingssiden</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Betaling fullført</translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation>Betaling autorisert</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Betaling avslått</translation>
    </message>
    <message>
        <source>Customer on the payment page</source>
        <translation>Kunden er på betalingssiden</translation>
    </message>
    <message>
        <source>Payment attempt details</source>
        <translation>Detaljer om betalingsforsøk</translation>
    </message>
    <message>
        <source>Customer left the payment page</source>
        <translation>Kunden forlot betalingssiden</translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation>Betalingsforsøk mislyktes</translation>
    </message>
    <message>
        <source>On-hold notice sent to the merchant</source>
        <translation>Varsel om på vent sendt til brukerstedet</translation>
    </message>
    <message>
        <source>Authorization notice sent to the merchant</source>
        <translation>Varsel om autorisasjon sendt til brukerstedet</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betaling mislyktes</translation>
    </message>
    <message>
        <source>Payment outcome unknown</source>
        <translation>Ukjent betalingsutfall</translation>
    </message>
    <message>
        <source>Card saving started</source>
        <translation>Lagring av kort startet</translation>
    </message>
    <message>
        <source>Session updated</source>
        <translation>Økt oppdatert</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Økt kansellert</translation>
    </message>
    <message>
        <source>Billing address entered</source>
        <translation>Fakturaadresse oppgitt</translation>
    </message>
    <message>
        <source>Discount codes entered</source>
        <translation>Rabattkoder oppgitt</translation>
    </message>
    <message>
        <source>Shipping address entered</source>
        <translation>Leveringsadresse oppgitt</translation>
    </message>
    <message>
        <source>Shipping option chosen</source>
        <translation>Fraktalternativ valgt</translation>
    </message>
    <message>
        <source>Gift card added</source>
        <translation>Gavekort lagt til</translation>
    </message>
    <message>
        <source>Push notification sent</source>
        <translation>Push-varsel sendt</translation>
    </message>
    <message>
        <source>Confirmation code sent</source>
        <translation>Bekreftelseskode sendt</translation>
    </message>
    <message>
        <source>My Dintero chosen</source>
        <translation>My Dintero valgt</translation>
    </message>
    <message>
        <source>Payment information added</source>
        <translation>Betalingsinformasjon lagt til</translation>
    </message>
    <message>
        <source>Transaction started</source>
        <translation>Transaksjon startet</translation>
    </message>
    <message>
        <source>Transaction start failed</source>
        <translation>Start av transaksjon mislyktes</translation>
    </message>
    <message>
        <source>Amount reserved (authorized)</source>
        <translation>Beløp reservert (autorisert)</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisasjon mislyktes</translation>
    </message>
    <message>
        <source>Amount captured</source>
        <translation>Beløp trukket</translation>
    </message>
    <message>
        <source>Capture failed</source>
        <translation>Trekk mislyktes</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Beløp refundert</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Refusjon mislyktes</translation>
    </message>
    <message>
        <source>Reservation released (voided)</source>
        <translation>Reservasjon frigitt (annullert)</translation>
    </message>
    <message>
        <source>Void failed</source>
        <translation>Annullering mislyktes</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refusjon forespurt</translation>
    </message>
    <message>
        <source>Refund request failed</source>
        <translation>Refusjonsforespørsel mislyktes</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Annullering forespurt</translation>
    </message>
    <message>
        <source>Void request failed</source>
        <translation>Annulleringsforespørsel mislyktes</translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation>Trekk forespurt</translation>
    </message>
    <message>
        <source>Capture request failed</source>
        <translation>Forespørsel om trekk mislyktes</translation>
    </message>
    <message>
        <source>Settled to the merchant</source>
        <translation>Utbetalt til brukerstedet</translation>
    </message>
    <message>
        <source>Settlement failed</source>
        <translation>Utbetaling mislyktes</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (mislyktes)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTimelineModel</name>
    <message>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Still open (no end recorded)</source>
        <translation>Fortsatt åpen (ingen slutt registrert)</translation>
    </message>
    <message>
        <source>Until %1 (%2)</source>
        <translation>Til %1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::LockRule</name>
    <message>
        <source>Sent: the SMS with the link is on its way to the customer's phone.</source>
        <translation>Sendt: SMS-en med lenken er på vei til kundens telefon.</translation>
    </message>
    <message>
        <source>Sent: the notification with the link went to the customer's app.</source>
        <translation>Sendt: varselet med lenken gikk til kundens app.</translation>
    </message>
    <message>
        <source>Skipped: Dintero did not send it (no phone number or channel for this customer); hand the link over yourself.</source>
        <translation>Hoppet over: Dintero sendte den ikke (ikke noe telefonnummer eller kanal for denne kunden); gi lenken til kunden selv.</translation>
    </message>
    <message>
        <source>Failed: Dintero tried but the message could not be delivered; check the number and hand the link over yourself.</source>
        <translation>Mislyktes: Dintero prøvde, men meldingen kunne ikke leveres; kontroller nummeret og gi lenken til kunden selv.</translation>
    </message>
    <message>
        <source>Unknown status "%1": treat the link as not sent.</source>
        <translation>Ukjent status «%1»: behandle lenken som ikke sendt.</translation>
    </message>
    <message>
        <source>The session is cancelled; its order can no longer be changed.</source>
        <translation>Økten er kansellert; ordren kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>The customer has started paying (transaction %1); the order can no longer be changed.</source>
        <translation>Kunden har begynt å betale (transaksjon %1); ordren kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Dintero accepts a changed order only while the session is locked for paying: the checkout page takes that lock while the customer pays, so that the order never changes under a customer who has not seen it.</source>
        <translation>Dintero godtar en endret ordre bare mens økten er låst for betaling: betalingssiden tar denne låsen mens kunden betaler, slik at ordren aldri endres under en kunde som ikke har sett endringen.</translation>
    </message>
    <message>
        <source>This session is locked now: the update is accepted and the lock is released.</source>
        <translation>Denne økten er låst nå: oppdateringen godtas og låsen frigis.</translation>
    </message>
    <message>
        <source>This session is not locked now: the update will be refused unless it is sent without the lock.</source>
        <translation>Denne økten er ikke låst nå: oppdateringen blir avvist med mindre den sendes uten låsen.</translation>
    </message>
    <message>
        <source>Only while the customer has not been shown the checkout yet: a customer on the page would pay an order that changed without their knowing.</source>
        <translation>Bare så lenge kunden ikke har fått se betalingssiden ennå: en kunde på siden ville betale for en ordre som ble endret uten at kunden visste om det.</translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::OrderDraft</name>
    <message>
        <source>Choose the payment profile the session is made from.</source>
        <translation>Velg betalingsprofilen økten lages fra.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beløpet må være større enn null.</translation>
    </message>
    <message>
        <source>The amount is larger than Dintero accepts.</source>
        <translation>Beløpet er større enn Dintero godtar.</translation>
    </message>
    <message>
        <source>Enter the merchant reference (the shop's order number).</source>
        <translation>Skriv inn butikkreferansen (butikkens ordrenummer).</translation>
    </message>
    <message>
        <source>The expiry is in the past; the link would not work.</source>
        <translation>Utløpstidspunktet har passert; lenken ville ikke virke.</translation>
    </message>
    <message>
        <source>Sending the link by SMS needs the customer's phone number.</source>
        <translation>For å sende lenken på SMS trengs kundens telefonnummer.</translation>
    </message>
    <message>
        <source>The merchant reference cannot be emptied.</source>
        <translation>Butikkreferansen kan ikke tømmes.</translation>
    </message>
    <message>
        <source>Line %1: enter a description.</source>
        <translation>Linje %1: skriv inn en beskrivelse.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>Linje %1: antallet må være større enn null.</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>Linje %1: enhetsprisen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Line %1: VAT must be between 0 and 100 %.</source>
        <translation>Linje %1: mva. må være mellom 0 og 100 %.</translation>
    </message>
    <message>
        <source>Name the shipping option.</source>
        <translation>Gi fraktalternativet et navn.</translation>
    </message>
    <message>
        <source>The lines and shipping add up to %1, but the order amount is %2: they must be equal.</source>
        <translation>Linjene og frakten blir til sammen %1, men ordrebeløpet er %2: de må være like.</translation>
    </message>
    <message>
        <source>Add at least one order line.</source>
        <translation>Legg til minst én ordrelinje.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Dette er ikke en e-postadresse (navn@example.com).</translation>
    </message>
    <message>
        <source>Write the number with its country code and digits only, e.g. +4791234567.</source>
        <translation>Skriv nummeret med landskode og bare sifre, f.eks. +4791234567.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code, e.g. NOK.</source>
        <translation>Valutaen er en ISO 4217-kode på tre bokstaver, f.eks. NOK.</translation>
    </message>
    <message>
        <source>Enter the address the customer returns to.</source>
        <translation>Skriv inn adressen kunden sendes tilbake til.</translation>
    </message>
    <message>
        <source>This is not a web address (https://shop.example/return).</source>
        <translation>Dette er ikke en nettadresse (https://shop.example/return).</translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::OrderLinesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Skriv inn en beskrivelse.</translation>
    </message>
    <message>
        <source>Quantity × unit price, VAT included.</source>
        <translation>Antall × enhetspris, inkl. mva.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva. %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva.</translation>
    </message>
</context>
<context>
    <name>Dintero::PaymentLink::PaymentLinkForm</name>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>En e-postadresse har ingen mellomrom.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. kari@example.no.</source>
        <translation>En e-postadresse må ha en @, f.eks. kari@example.no.</translation>
    </message>
    <message>
        <source>Enter the part before the @, e.g. kari@example.no.</source>
        <translation>Skriv inn delen før @, f.eks. kari@example.no.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>En e-postadresse har bare én @.</translation>
    </message>
    <message>
        <source>Enter a domain after the @, e.g. example.no.</source>
        <translation>Skriv inn et domene etter @, f.eks. example.no.</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +4791234567.</source>
        <translation>Begynn med + og landskoden, f.eks. +4791234567.</translation>
    </message>
    <message>
        <source>Leave out spaces: +4791234567.</source>
        <translation>Utelat mellomrom: +4791234567.</translation>
    </message>
    <message>
        <source>Only digits after the +, e.g. +4791234567.</source>
        <translation>Bare sifre etter +, f.eks. +4791234567.</translation>
    </message>
    <message>
        <source>Enter the country code and number after the +.</source>
        <translation>Skriv inn landskode og nummer etter +.</translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation>En landskode begynner aldri med 0.</translation>
    </message>
    <message>
        <source>Too short for a phone number with country code.</source>
        <translation>For kort til å være et telefonnummer med landskode.</translation>
    </message>
    <message>
        <source>At most 15 digits (E.164); this has %1.</source>
        <translation>Høyst 15 sifre (E.164); dette har %1.</translation>
    </message>
    <message>
        <source>Enter the currency, e.g. NOK.</source>
        <translation>Skriv inn valutaen, f.eks. NOK.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code, e.g. NOK, SEK, EUR.</source>
        <translation>En valuta er en ISO 4217-kode på tre bokstaver, f.eks. NOK, SEK, EUR.</translation>
    </message>
    <message>
        <source>Enter a merchant reference (your order or case number).</source>
        <translation>Skriv inn en butikkreferanse (ditt ordre- eller saksnummer).</translation>
    </message>
    <message>
        <source>Enter the page the customer returns to, e.g. https://shop.example/thanks.</source>
        <translation>Skriv inn siden kunden sendes tilbake til, f.eks. https://shop.example/thanks.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Dette er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Skriv inn en fullstendig URL som begynner med https://.</translation>
    </message>
    <message>
        <source>The return URL must start with https:// or http://.</source>
        <translation>Retur-URL-en må begynne med https:// eller http://.</translation>
    </message>
    <message>
        <source>The URL needs a host name, e.g. https://shop.example/thanks.</source>
        <translation>URL-en må ha et vertsnavn, f.eks. https://shop.example/thanks.</translation>
    </message>
    <message>
        <source>Choose when the link expires.</source>
        <translation>Velg når lenken utløper.</translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later date and time.</source>
        <translation>Utløpstidspunktet har passert; velg en senere dato og tid.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail or phone, so that the link can reach them.</source>
        <translation>Skriv inn kundens e-postadresse eller telefonnummer, slik at lenken kan nå kunden.</translation>
    </message>
    <message>
        <source>Choose a token provider.</source>
        <translation>Velg en tokenleverandør.</translation>
    </message>
    <message>
        <source>Choose at least one token type.</source>
        <translation>Velg minst én tokentype.</translation>
    </message>
    <message>
        <source>%1 does not issue a %2.</source>
        <translation>%1 utsteder ikke %2.</translation>
    </message>
    <message>
        <source>Dintero did not accept this field.</source>
        <translation>Dintero godtok ikke dette feltet.</translation>
    </message>
    <message>
        <source>Dintero: %1</source>
        <translation>Dintero: %1</translation>
    </message>
</context>
<context>
    <name>Dintero::Sandbox::SandboxCommandLine</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not '%4'.</source>
        <translation>%1 må være et heltall fra %2 til %3, ikke «%4».</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not '%4'.</source>
        <translation>%1 må være et tall fra %2 til %3, ikke «%4».</translation>
    </message>
</context>
<context>
    <name>Dintero::Settings::ConnectionProfile</name>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-sandkasse</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Embedded sandbox</source>
        <translation>Innebygd sandkasse</translation>
    </message>
    <message>
        <source>Dintero</source>
        <translation>Dintero</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gi profilen et navn.</translation>
    </message>
    <message>
        <source>The account id is T (test) or P (production) followed by 8 digits, e.g. T12345678.</source>
        <translation>Konto-id-en er T (test) eller P (produksjon) etterfulgt av 8 sifre, f.eks. T12345678.</translation>
    </message>
    <message>
        <source>The embedded sandbox has test accounts only: use a T account id.</source>
        <translation>Den innebygde sandkassen har bare testkontoer: bruk en konto-id som begynner med T.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. https://checkout.dintero.com/v1.</source>
        <translation>Skriv inn basis-URL-en, f.eks. https://checkout.dintero.com/v1.</translation>
    </message>
    <message>
        <source>The base URL must use https (plain http only for this computer: 127.0.0.1 or localhost).</source>
        <translation>Basis-URL-en må bruke https (vanlig http bare for denne datamaskinen: 127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <source>Enter the client id of the API client.</source>
        <translation>Skriv inn klient-id-en til API-klienten.</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::CancelController</name>
    <message>
        <source>A cancel of this session is already under way.</source>
        <translation>En kansellering av denne økten pågår allerede.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cancelled.</source>
        <translation>
            <numerusform>%n økt ble kansellert.</numerusform>
            <numerusform>%n økter ble kansellert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled; %n not cancelled or with an unknown outcome.</source>
        <translation>
            <numerusform>Kansellert: %1; ikke kansellert eller med ukjent utfall: %n.</numerusform>
            <numerusform>Kansellert: %1; ikke kansellert eller med ukjent utfall: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::CancelDialog</name>
    <message>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ukjent utfall</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Session(s)</source>
        <translation>
            <numerusform>Kanseller %n økt</numerusform>
            <numerusform>Kanseller %n økter</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Session %1</source>
        <translation>Kanseller økt %1</translation>
    </message>
    <message>
        <source>Keep Sessions</source>
        <translation>Behold øktene</translation>
    </message>
    <message>
        <source>Keep Session</source>
        <translation>Behold økten</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Kanseller økt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Kopier som tekst</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Stopping after the request in flight…</source>
        <translation>Stopper etter forespørselen som pågår…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the sessions again before anything is sent: %1 of %n checked.</source>
        <translation>
            <numerusform>Henter økten på nytt før noe sendes: %1 av %n sjekket.</numerusform>
            <numerusform>Henter øktene på nytt før noe sendes: %1 av %n sjekket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the sessions again before anything is sent…</source>
        <translation>Henter øktene på nytt før noe sendes…</translation>
    </message>
    <message>
        <source>Reading the session and its transaction again before anything is sent…</source>
        <translation>Henter økten og transaksjonen på nytt før noe sendes…</translation>
    </message>
    <message>
        <source>Sessions checked</source>
        <translation>Sjekkede økter</translation>
    </message>
    <message>
        <source>Sessions that cannot be cancelled</source>
        <translation>Økter som ikke kan kanselleres</translation>
    </message>
    <message>
        <source>Why it cannot be cancelled</source>
        <translation>Hvorfor den ikke kan kanselleres</translation>
    </message>
    <message>
        <source>&amp;Note (why; kept in the journal, not sent to Dintero):</source>
        <translation>&amp;Notat (hvorfor; lagres i loggen, sendes ikke til Dintero):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation>Innskrevet bekreftelse</translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation>Kansellerte økter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Økt:</translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation>Ordrereferanse:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløp:</translation>
    </message>
    <message>
        <source>State now:</source>
        <translation>Status nå:</translation>
    </message>
    <message>
        <source>Cancel this session?</source>
        <translation>Kansellere denne økten?</translation>
    </message>
    <message>
        <source>This session can no longer be cancelled.</source>
        <translation>Denne økten kan ikke lenger kanselleres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) can be cancelled.</source>
        <translation>
            <numerusform>%1 av %n økt kan kanselleres.</numerusform>
            <numerusform>%1 av %n økter kan kanselleres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were not checked (stopped) and are left alone.</source>
        <translation>
            <numerusform>%n økt ble ikke sjekket (stoppet) og blir ikke rørt.</numerusform>
            <numerusform>%n økter ble ikke sjekket (stoppet) og blir ikke rørt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Totalt: %1.</translation>
    </message>
    <message>
        <source>Reservations on the customers' cards are released and the payment links stop working. The sessions are cancelled one at a time. This cannot be undone.</source>
        <translation>Reservasjonene på kundenes kort frigis, og betalingslenkene slutter å virke. Øktene kanselleres én om gangen. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>This is a production account. Type the number of sessions to cancel (%1) to confirm:</source>
        <translation>Dette er en produksjonskonto. Skriv inn antallet økter som skal kanselleres (%1), for å bekrefte:</translation>
    </message>
    <message>
        <source>This is a production account. Type the merchant reference (%1) to confirm:</source>
        <translation>Dette er en produksjonskonto. Skriv inn ordrereferansen (%1) for å bekrefte:</translation>
    </message>
    <message>
        <source>Cancelling the session…</source>
        <translation>Kansellerer økten…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling one session at a time: %1 of %n done.</source>
        <translation>
            <numerusform>Kansellerer én økt om gangen: %1 av %n ferdig.</numerusform>
            <numerusform>Kansellerer én økt om gangen: %1 av %n ferdig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is cancelled.</source>
        <translation>Økten er kansellert.</translation>
    </message>
    <message>
        <source>Dintero refused the cancel: %1</source>
        <translation>Dintero avviste kanselleringen: %1</translation>
    </message>
    <message>
        <source>It is not known whether the session was cancelled. %1</source>
        <translation>Det er ukjent om økten ble kansellert. %1</translation>
    </message>
    <message>
        <source>The session was not cancelled: %1</source>
        <translation>Økten ble ikke kansellert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n kansellert</numerusform>
            <numerusform>%n kansellert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome</source>
        <translation>
            <numerusform>%n med ukjent utfall</numerusform>
            <numerusform>%n med ukjent utfall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislyktes</numerusform>
            <numerusform>%n mislyktes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n ikke sendt</numerusform>
            <numerusform>%n ikke sendt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Tilkoblingsprofiler</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source> (connected)</source>
        <translation> (tilkoblet)</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” (account %2)? Its secret is deleted from the keychain; to use the account again you need the secret once more.</source>
        <translation>Fjerne profilen «%1» (konto %2)? Hemmeligheten slettes fra nøkkelringen; for å bruke kontoen igjen trenger du hemmeligheten på nytt.</translation>
    </message>
    <message>
        <source>Keep Profile</source>
        <translation>Behold profil</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ConsoleApp</name>
    <message>
        <source>demo sandbox</source>
        <translation>demosandkasse</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Starter demosandkassen…</translation>
    </message>
    <message numerus="yes">
        <source>Making up %n checkout session(s) to browse.</source>
        <translation>
            <numerusform>Dikter opp %n checkout-økt å bla gjennom.</numerusform>
            <numerusform>Dikter opp %n checkout-økter å bla gjennom.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cancel of %1 could not be written to the journal: %2</source>
        <translation>Kanselleringen av %1 kunne ikke skrives til loggen: %2</translation>
    </message>
    <message>
        <source>The link for %1 is no longer watched: %2</source>
        <translation>Lenken for %1 overvåkes ikke lenger: %2</translation>
    </message>
    <message>
        <source>the console switched to account %1</source>
        <translation>konsollen byttet til konto %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The payment link %1 could not be written to the journal: %2</source>
        <translation>Betalingslenken %1 kunne ikke skrives til journalen: %2</translation>
    </message>
    <message>
        <source>Payment link created for %1.</source>
        <translation>Betalingslenke opprettet for %1.</translation>
    </message>
    <message>
        <source>The change to %1 could not be written to the journal: %2</source>
        <translation>Endringen av %1 kunne ikke skrives til journalen: %2</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Kort lagret</translation>
    </message>
    <message>
        <source>Card saved for %1</source>
        <translation>Kort lagret for %1</translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation>Betaling autorisert</translation>
    </message>
    <message>
        <source>Payment authorized for %1</source>
        <translation>Betaling autorisert for %1</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Lenke utløpt</translation>
    </message>
    <message>
        <source>The payment link for %1 expired before it was used.</source>
        <translation>Betalingslenken for %1 utløp før den ble brukt.</translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation>Lenke kansellert</translation>
    </message>
    <message>
        <source>The payment link for %1 was cancelled.</source>
        <translation>Betalingslenken for %1 ble kansellert.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betaling mislyktes</translation>
    </message>
    <message>
        <source>The payment for %1 failed.</source>
        <translation>Betalingen for %1 mislyktes.</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::DetailsSection</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>Åpne %1 i nettleseren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopier %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Kopier %1 til utklippstavlen</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Kopier alt</translation>
    </message>
    <message>
        <source>Copy Selected JSON</source>
        <translation>Kopier valgt JSON</translation>
    </message>
    <message>
        <source>Copy selected %1</source>
        <translation>Kopier valgt %1</translation>
    </message>
    <message>
        <source>Copy Selected Value</source>
        <translation>Kopier valgt verdi</translation>
    </message>
    <message>
        <source>Copy selected value of %1</source>
        <translation>Kopier valgt verdi fra %1</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::EditOrderDialog</name>
    <message>
        <source>Edit Order — %1</source>
        <translation>Rediger ordre — %1</translation>
    </message>
    <message>
        <source>Lock rule</source>
        <translation>Låseregel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Økt-id</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Økt:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>A&amp;mount (%1):</source>
        <translation>&amp;Beløp (%1):</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkreferanse</translation>
    </message>
    <message>
        <source>Merchant &amp;reference:</source>
        <translation>Butikk&amp;referanse:</translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation>Butikkreferanse 2</translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation>Referanse &amp;2:</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Update &amp;without the lock (update_without_lock)</source>
        <translation>Oppdater &amp;uten låsen (update_without_lock)</translation>
    </message>
    <message>
        <source>Update without lock</source>
        <translation>Oppdater uten lås</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Update Order</source>
        <translation>Oppdater ordre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Write the amount in %1 with at most %n decimal(s), e.g. 349.00.</source>
        <translation>
            <numerusform>Skriv beløpet i %1 med høyst %n desimal, f.eks. 349.00.</numerusform>
            <numerusform>Skriv beløpet i %1 med høyst %n desimaler, f.eks. 349.00.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shipping amount or its VAT is not a number.</source>
        <translation>Fraktbeløpet eller mva. for frakten er ikke et tall.</translation>
    </message>
    <message>
        <source>Sending the changed order…</source>
        <translation>Sender den endrede ordren…</translation>
    </message>
    <message>
        <source>The answer was lost, so the order may have been changed. Reload the details before editing it again.</source>
        <translation>Svaret gikk tapt, så ordren kan ha blitt endret. Last inn detaljene på nytt før du redigerer den igjen.</translation>
    </message>
    <message>
        <source>Dintero refused the update because the session is not locked for paying.</source>
        <translation>Dintero avviste oppdateringen fordi økten ikke er låst for betaling.</translation>
    </message>
    <message>
        <source>Dintero refused the update (400); nothing was changed.</source>
        <translation>Dintero avviste oppdateringen (400); ingenting ble endret.</translation>
    </message>
    <message>
        <source>The order was not changed: %1</source>
        <translation>Ordren ble ikke endret: %1</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::EnvironmentStrip</name>
    <message>
        <source>Connection environment</source>
        <translation>Tilkoblingsmiljø</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 (%2): real customers and real money</source>
        <translation>PRODUCTION — %1 (%2): ekte kunder og ekte penger</translation>
    </message>
    <message>
        <source>TEST — %1 (%2)</source>
        <translation>TEST — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::FilterPanel</name>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation>Status: Alle</translation>
    </message>
    <message>
        <source>Status: None</source>
        <translation>Status: Ingen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status: %n selected</source>
        <translation>
            <numerusform>Status: %n valgt</numerusform>
            <numerusform>Status: %n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::JournalWindow</name>
    <message>
        <source>Any</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Journal from date</source>
        <translation>Logg fra dato</translation>
    </message>
    <message>
        <source>Journal to date</source>
        <translation>Logg til dato</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksporter til CSV…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Journal filter</source>
        <translation>Loggfilter</translation>
    </message>
    <message>
        <source>Filter by any column</source>
        <translation>Filtrer på alle kolonner</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Reload journal</source>
        <translation>Last inn loggen på nytt</translation>
    </message>
    <message>
        <source>Read the journal file again (F5)</source>
        <translation>Les loggfilen på nytt (F5)</translation>
    </message>
    <message>
        <source>Export journal to CSV</source>
        <translation>Eksporter loggen til CSV</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file</source>
        <translation>Skriv de viste oppføringene til en CSV-fil</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Loggoppføringer</translation>
    </message>
    <message>
        <source>Journal columns</source>
        <translation>Loggkolonner</translation>
    </message>
    <message>
        <source>Line %1 was changed or removed after it was written: entries from there on cannot be trusted.</source>
        <translation>Linje %1 ble endret eller fjernet etter at den ble skrevet: oppføringene fra og med den linjen kan ikke stoles på.</translation>
    </message>
    <message>
        <source>The last line is incomplete (the console stopped while writing it); the entries before it are intact.</source>
        <translation>Den siste linjen er ufullstendig (konsollen stoppet mens den ble skrevet); oppføringene før den er intakte.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal are not entries and were skipped (%1); the entries are intact.</source>
        <translation>
            <numerusform>%n linje i loggen er ikke en oppføring og ble hoppet over (%1); oppføringene er intakte.</numerusform>
            <numerusform>%n linjer i loggen er ikke oppføringer og ble hoppet over (%1); oppføringene er intakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is empty: nothing has been recorded yet.</source>
        <translation>Loggen er tom: ingenting er registrert ennå.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entry(s).</source>
        <translation>
            <numerusform>Loggen er intakt: %n oppføring.</numerusform>
            <numerusform>Loggen er intakt: %n oppføringer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%1 av %n oppføring vises</numerusform>
            <numerusform>%1 av %n oppføringer vises</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation>Eksporter logg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n oppføring til %1.</numerusform>
            <numerusform>Eksporterte %n oppføringer til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::LinksWindow</name>
    <message>
        <source>Links</source>
        <translation>Lenker</translation>
    </message>
    <message>
        <source>The payment links made in this run. The console checks each one until the customer has used it, or it is cancelled or expires.</source>
        <translation>Betalingslenkene som er laget i denne kjøringen. Konsollen sjekker hver av dem til kunden har brukt den, eller til den blir kansellert eller utløper.</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>Åpne detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Number of links</source>
        <translation>Antall lenker</translation>
    </message>
    <message>
        <source>No payment link was made in this run yet.</source>
        <translation>Ingen betalingslenke er laget i denne kjøringen ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lenke</numerusform>
            <numerusform>%n lenker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::MainWindow</name>
    <message>
        <source>Saved &amp;Filters</source>
        <translation>Lagrede &amp;filtre</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Avbryt eksport</translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation>A&amp;utomatisk oppdatering</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Every Minute</source>
        <translation>Hvert minutt</translation>
    </message>
    <message>
        <source>Every 5 Minutes</source>
        <translation>Hvert 5. minutt</translation>
    </message>
    <message>
        <source>Every 15 Minutes</source>
        <translation>Hvert 15. minutt</translation>
    </message>
    <message>
        <source>No session has the ID %1; looking for it as a transaction ID.</source>
        <translation>Ingen økt har ID-en %1; leter etter den som transaksjons-ID.</translation>
    </message>
    <message>
        <source>No connection set up</source>
        <translation>Ingen tilkobling er satt opp</translation>
    </message>
    <message>
        <source>To browse checkout sessions, enter your Dintero account ID and API client under File → Connection…

To look around first, start the console with --demo: it runs a local sandbox with made-up sessions.</source>
        <translation>For å se checkout-økter, skriv inn Dintero-konto-ID-en og API-klienten under Fil → Tilkobling…

For å se deg om først, start konsollen med --demo: den kjører en lokal sandkasse med oppdiktede økter.</translation>
    </message>
    <message>
        <source>Set Up Connection…</source>
        <translation>Sett opp tilkobling…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Laster inn økter…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded so far</source>
        <translation>
            <numerusform>%n økt lastet inn så langt</numerusform>
            <numerusform>%n økter lastet inn så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first page of sessions.</source>
        <translation>Venter på den første siden med økter.</translation>
    </message>
    <message>
        <source>Loading all sessions…</source>
        <translation>Laster inn alle økter…</translation>
    </message>
    <message>
        <source>Loading more sessions…</source>
        <translation>Laster inn flere økter…</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded so far</source>
        <translation>
            <numerusform>%n lastet inn så langt</numerusform>
            <numerusform>%n lastet inn så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Could not load sessions</source>
        <translation>Kunne ikke laste inn økter</translation>
    </message>
    <message>
        <source>Could not load more sessions</source>
        <translation>Kunne ikke laste inn flere økter</translation>
    </message>
    <message>
        <source>No loaded sessions have the selected statuses</source>
        <translation>Ingen innlastede økter har de valgte statusene</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded; the server has more.</source>
        <translation>
            <numerusform>%n økt lastet inn; serveren har flere.</numerusform>
            <numerusform>%n økter lastet inn; serveren har flere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>Last inn flere</translation>
    </message>
    <message>
        <source>No sessions match these filters</source>
        <translation>Ingen økter passer til disse filtrene</translation>
    </message>
    <message>
        <source>This account has no checkout sessions yet.</source>
        <translation>Denne kontoen har ingen checkout-økter ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded session(s) have other statuses.</source>
        <translation>
            <numerusform>%n innlastet økt har en annen status.</numerusform>
            <numerusform>%n innlastede økter har andre statuser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a wider date range or fewer filters.</source>
        <translation>Prøv en lengre periode eller færre filtre.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded</source>
        <translation>
            <numerusform>%n økt lastet inn</numerusform>
            <numerusform>%n økter lastet inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded session(s) shown</source>
        <translation>
            <numerusform>%1 av %n innlastet økt vises</numerusform>
            <numerusform>%1 av %n innlastede økter vises</numerusform>
        </translation>
    </message>
    <message>
        <source>loading failed</source>
        <translation>innlastingen mislyktes</translation>
    </message>
    <message>
        <source>loading more</source>
        <translation>laster inn flere</translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation>flere på serveren</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>alle er lastet inn</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message numerus="yes">
        <source>auto every %n min</source>
        <translation>
            <numerusform>automatisk hvert minutt</numerusform>
            <numerusform>automatisk hvert %n. minutt</numerusform>
        </translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation>Dintero Checkout-økter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>session IDs</source>
        <translation>økt-ID-er</translation>
    </message>
    <message>
        <source>Nothing to copy: the selected sessions have no %1.</source>
        <translation>Ingenting å kopiere: de valgte øktene har ingen %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n value(s) (%1).</source>
        <translation>
            <numerusform>Kopierte %n verdi (%1).</numerusform>
            <numerusform>Kopierte %n verdier (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Details</source>
        <translation>Å&amp;pne detaljer</translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Session ID(s)</source>
        <translation>
            <numerusform>Kopier &amp;økt-ID</numerusform>
            <numerusform>Kopier &amp;økt-ID-er</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Transaction ID(s)</source>
        <translation>
            <numerusform>Kopier &amp;transaksjons-ID</numerusform>
            <numerusform>Kopier &amp;transaksjons-ID-er</numerusform>
        </translation>
    </message>
    <message>
        <source>transaction IDs</source>
        <translation>transaksjons-ID-er</translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Merchant Reference(s)</source>
        <translation>
            <numerusform>Kopier &amp;ordrereferanse</numerusform>
            <numerusform>Kopier &amp;ordrereferanser</numerusform>
        </translation>
    </message>
    <message>
        <source>merchant references</source>
        <translation>ordrereferanser</translation>
    </message>
    <message numerus="yes">
        <source>Copy Checkout &amp;Link(s)</source>
        <translation>
            <numerusform>Kopier betalings&amp;lenke</numerusform>
            <numerusform>Kopier betalings&amp;lenker</numerusform>
        </translation>
    </message>
    <message>
        <source>checkout links</source>
        <translation>betalingslenker</translation>
    </message>
    <message>
        <source>Open Checkout &amp;Page in Browser</source>
        <translation>Åpne betalings&amp;siden i nettleseren</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>&amp;Kanseller økt…</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Ingen lagrede filtre ennå</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Filter</source>
        <translation>&amp;Slett lagret filter</translation>
    </message>
    <message>
        <source>Deleted the saved filter “%1”.</source>
        <translation>Slettet det lagrede filteret «%1».</translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation>Lagre filtre</translation>
    </message>
    <message>
        <source>Save the current filters as:</source>
        <translation>Lagre de gjeldende filtrene som:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Saved the filters as “%1”.</source>
        <translation>Lagret filtrene som «%1».</translation>
    </message>
    <message>
        <source>Export Sessions to CSV</source>
        <translation>Eksporter økter til CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n session(s)</source>
        <translation>
            <numerusform>Eksporterer: %n økt</numerusform>
            <numerusform>Eksporterer: %n økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %n session(s) match</source>
        <translation>
            <numerusform>Eksporterer: %1 av %n økt passer</numerusform>
            <numerusform>Eksporterer: %1 av %n økter passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n økt til %1.</numerusform>
            <numerusform>Eksporterte %n økter til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>The sessions were not exported; no file was written.</source>
        <translation>Øktene ble ikke eksportert; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>About Dintero Checkout Sessions Console</source>
        <translation>Om Dintero Checkout-konsollen</translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions Console %1</source>
        <translation>Dintero Checkout-konsollen %1</translation>
    </message>
    <message>
        <source>Browse, search and export Dintero Checkout sessions.</source>
        <translation>Bla gjennom, søk i og eksporter Dintero Checkout-økter.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Oppdaterer…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) reloaded</source>
        <translation>
            <numerusform>%1 av %n økt lastet inn på nytt</numerusform>
            <numerusform>%1 av %n økter lastet inn på nytt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) reloaded so far</source>
        <translation>
            <numerusform>%n økt lastet inn på nytt så langt</numerusform>
            <numerusform>%n økter lastet inn på nytt så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh the sessions</source>
        <translation>Kunne ikke oppdatere øktene</translation>
    </message>
    <message>
        <source>refreshing</source>
        <translation>oppdaterer</translation>
    </message>
    <message>
        <source>Open Session by ID</source>
        <translation>Åpne økt med ID</translation>
    </message>
    <message>
        <source>Session ID:</source>
        <translation>Økt-ID:</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>&amp;Ny økt…</translation>
    </message>
    <message>
        <source>Create a checkout session and its payment link (Ctrl+Shift+N)</source>
        <translation>Opprett en betalingsøkt og betalingslenken til den (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New Payment Link…</source>
        <translation>Ny betalingslenke…</translation>
    </message>
    <message>
        <source>Make a link where a customer saves a card</source>
        <translation>Lag en lenke der en kunde lagrer et kort</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation>Opprett økt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Advanced: order lines, store, URLs and expiry (without a payment profile)</source>
        <translation>&amp;Avansert: ordrelinjer, butikk, URL-er og utløp (uten betalingsprofil)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avansert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Payment profile</source>
        <translation>Betalingsprofil</translation>
    </message>
    <message>
        <source>The API does not list payment profiles: "default" exists on every account; type the id of another from Backoffice.</source>
        <translation>API-et lister ikke betalingsprofiler: «default» finnes på alle kontoer; skriv inn id-en til en annen fra Backoffice.</translation>
    </message>
    <message>
        <source>Payment &amp;profile:</source>
        <translation>Betalings&amp;profil:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>e.g. 349.00 (VAT included)</source>
        <translation>f.eks. 349.00 (inkl. mva.)</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkreferanse</translation>
    </message>
    <message>
        <source>e.g. SO-100477</source>
        <translation>f.eks. SO-100477</translation>
    </message>
    <message>
        <source>Merchant &amp;reference:</source>
        <translation>Butikk&amp;referanse:</translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation>Butikkreferanse 2</translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation>Referanse &amp;2:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>store id, e.g. oslo-sentrum</source>
        <translation>butikk-ID, f.eks. oslo-sentrum</translation>
    </message>
    <message>
        <source>St&amp;ore:</source>
        <translation>&amp;Butikk:</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation>Kundens &amp;e-post:</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation>+4791234567</translation>
    </message>
    <message>
        <source>Customer p&amp;hone:</source>
        <translation>Kundens &amp;telefon:</translation>
    </message>
    <message>
        <source>Send the link by &amp;SMS</source>
        <translation>Send lenken på &amp;SMS</translation>
    </message>
    <message>
        <source>Send the link by SMS</source>
        <translation>Send lenken på SMS</translation>
    </message>
    <message>
        <source>Dintero texts the checkout link to the customer's phone (configuration.publish).</source>
        <translation>Dintero sender lenken til betalingssiden på SMS til kundens telefon (configuration.publish).</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Kunde-&amp;ID:</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>https://shop.example/return</source>
        <translation>https://shop.example/return</translation>
    </message>
    <message>
        <source>Re&amp;turn URL:</source>
        <translation>&amp;Retur-URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>optional, e.g. https://shop.example/callback?method=POST</source>
        <translation>valgfritt, f.eks. https://shop.example/callback?method=POST</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>E&amp;xpires at</source>
        <translation>&amp;Utløper</translation>
    </message>
    <message>
        <source>Set an expiry</source>
        <translation>Angi utløpstidspunkt</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Utløp:</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message numerus="yes">
        <source>Write the amount in %1 with at most %n decimal(s), e.g. 349.00.</source>
        <translation>
            <numerusform>Skriv beløpet i %1 med høyst %n desimal, f.eks. 349.00.</numerusform>
            <numerusform>Skriv beløpet i %1 med høyst %n desimaler, f.eks. 349.00.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shipping amount or its VAT is not a number.</source>
        <translation>Fraktbeløpet eller mva. på frakten er ikke et tall.</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Oppretter økten…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The answer was lost, so the session may have been created. Refresh the sessions and look for reference %1 before creating it again.</source>
        <translation>Svaret gikk tapt, så økten kan ha blitt opprettet. Oppdater øktene og se etter referanse %1 før du oppretter den på nytt.</translation>
    </message>
    <message>
        <source>Dintero refused the session (400); nothing was created. Correct the marked fields.</source>
        <translation>Dintero avviste økten (400); ingenting ble opprettet. Rett de merkede feltene.</translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation>Økten ble ikke opprettet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session created&lt;/b&gt;</source>
        <translation>&lt;b&gt;Økt opprettet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Økt-ID</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>Økt-ID:</translation>
    </message>
    <message>
        <source>Sending the link</source>
        <translation>Sender lenken</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Publish status</source>
        <translation>Publiseringsstatus</translation>
    </message>
    <message>
        <source>%1 (%2): &lt;b&gt;%3&lt;/b&gt; — %4</source>
        <translation>%1 (%2): &lt;b&gt;%3&lt;/b&gt; — %4</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::OrderLinesEditor</name>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Legg til linje</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <source>&amp;Use as Amount</source>
        <translation>&amp;Bruk som beløp</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation>Fra&amp;kt:</translation>
    </message>
    <message>
        <source>Shipping option</source>
        <translation>Fraktalternativ</translation>
    </message>
    <message>
        <source>none, or e.g. Posten home delivery</source>
        <translation>ingen, eller f.eks. Posten hjemlevering</translation>
    </message>
    <message>
        <source>Shipping amount</source>
        <translation>Fraktbeløp</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Shipping VAT %</source>
        <translation>Mva. % på frakt</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva. %</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Use as Amount</source>
        <translation>Bruk som beløp</translation>
    </message>
    <message>
        <source>Set the order amount to the lines and shipping</source>
        <translation>Sett ordrebeløpet til summen av linjene og frakten</translation>
    </message>
    <message>
        <source>Lines %1 + shipping %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Linjer %1 + frakt %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source> ✔ equals the order amount %1</source>
        <translation> ✔ er lik ordrebeløpet %1</translation>
    </message>
    <message>
        <source> &lt;span style="color:#c62828"&gt;≠ order amount %1&lt;/span&gt;</source>
        <translation> &lt;span style="color:#c62828"&gt;≠ ordrebeløpet %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::PaymentLinkDialog</name>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Opprett lenke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>New Payment Link</source>
        <translation>Ny betalingslenke</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkreferanse</translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation>Butikkreferanse 2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Utløpsdato og -klokkeslett</translation>
    </message>
    <message>
        <source>Token provider</source>
        <translation>Tokenleverandør</translation>
    </message>
    <message>
        <source>Payment token</source>
        <translation>Betalingstoken</translation>
    </message>
    <message>
        <source>Recurrence token</source>
        <translation>Gjentakelsestoken</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation>kari@example.no</translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation>+4791234567</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>https://shop.example/card-saved</source>
        <translation>https://shop.example/card-saved</translation>
    </message>
    <message>
        <source>for colleagues; the customer never sees it</source>
        <translation>for kolleger; kunden ser det aldri</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 timer</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dager</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dager</translation>
    </message>
    <message>
        <source>Date and time…</source>
        <translation>Dato og klokkeslett…</translation>
    </message>
    <message>
        <source>A link where the customer saves a card. Nothing is charged. Enter the customer's e-mail or phone, a merchant reference and a return URL.</source>
        <translation>En lenke der kunden lagrer et kort. Ingenting blir belastet. Skriv inn kundens e-post eller telefon, en butikkreferanse og en retur-URL.</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation>Kundens &amp;e-post:</translation>
    </message>
    <message>
        <source>Customer &amp;phone:</source>
        <translation>Kundens &amp;telefon:</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Kunde-&amp;ID:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Merchant reference:</source>
        <translation>&amp;Butikkreferanse:</translation>
    </message>
    <message>
        <source>Merchant reference &amp;2:</source>
        <translation>Butikkreferanse &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>Butik&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Return URL:</source>
        <translation>&amp;Retur-URL:</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Utløp:</translation>
    </message>
    <message>
        <source>&amp;Token provider:</source>
        <translation>T&amp;okenleverandør:</translation>
    </message>
    <message>
        <source>Customer &amp;language:</source>
        <translation>Kundens &amp;språk:</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>Internt &amp;notat:</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n marked field(s) first.</source>
        <translation>
            <numerusform>Rett først det %n merkede feltet.</numerusform>
            <numerusform>Rett først de %n merkede feltene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the link…</source>
        <translation>Oppretter lenken…</translation>
    </message>
    <message>
        <source>Dintero did not accept the link; see the marked fields.</source>
        <translation>Dintero godtok ikke lenken; se de merkede feltene.</translation>
    </message>
    <message>
        <source>The answer was lost, so the link may or may not exist: look for %1 in the sessions before creating it again. (%2)</source>
        <translation>Svaret gikk tapt, så det er usikkert om lenken finnes: se etter %1 i øktene før du oppretter den på nytt. (%2)</translation>
    </message>
    <message>
        <source>The link was not created: %1</source>
        <translation>Lenken ble ikke opprettet: %1</translation>
    </message>
    <message>
        <source>Payment Link for %1</source>
        <translation>Betalingslenke for %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The link is ready. Send it to the customer or let them scan the code.</source>
        <translation>Lenken er klar. Send den til kunden, eller la kunden skanne koden.</translation>
    </message>
    <message>
        <source>Waiting for Dintero's answer before closing…</source>
        <translation>Venter på svar fra Dintero før lukking…</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::PaymentLinkView</name>
    <message>
        <source>Copy Link</source>
        <translation>Kopier lenke</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Åpne i nettleser</translation>
    </message>
    <message>
        <source>E-mail to Customer</source>
        <translation>Send e-post til kunden</translation>
    </message>
    <message>
        <source>Text to Customer</source>
        <translation>Send SMS til kunden</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Kopier bilde</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Lagre PNG…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Opens your e-mail program with a message to the customer that holds the link.</source>
        <translation>Åpner e-postprogrammet ditt med en melding til kunden som inneholder lenken.</translation>
    </message>
    <message>
        <source>Opens your SMS program with a text to the customer that holds the link.</source>
        <translation>Åpner SMS-programmet ditt med en tekstmelding til kunden som inneholder lenken.</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lenke:</translation>
    </message>
    <message>
        <source>The customer can scan this code with a phone camera.</source>
        <translation>Kunden kan skanne denne koden med mobilkameraet.</translation>
    </message>
    <message>
        <source>the browser</source>
        <translation>nettleseren</translation>
    </message>
    <message>
        <source>the e-mail program</source>
        <translation>e-postprogrammet</translation>
    </message>
    <message>
        <source>the SMS program</source>
        <translation>SMS-programmet</translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation>Lenken er gyldig til %1.</translation>
    </message>
    <message>
        <source>The link works until the session expires.</source>
        <translation>Lenken er gyldig til økten utløper.</translation>
    </message>
    <message>
        <source>Opens your e-mail program with a message to %1.</source>
        <translation>Åpner e-postprogrammet ditt med en melding til %1.</translation>
    </message>
    <message>
        <source>No e-mail address was given for the customer.</source>
        <translation>Ingen e-postadresse er oppgitt for kunden.</translation>
    </message>
    <message>
        <source>Opens your SMS program with a text to %1.</source>
        <translation>Åpner SMS-programmet ditt med en tekstmelding til %1.</translation>
    </message>
    <message>
        <source>No phone number was given for the customer.</source>
        <translation>Ikke noe telefonnummer er oppgitt for kunden.</translation>
    </message>
    <message>
        <source>Opened in %1.</source>
        <translation>Åpnet i %1.</translation>
    </message>
    <message>
        <source>Could not open %1; copy the link instead.</source>
        <translation>Kunne ikke åpne %1; kopier lenken i stedet.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lenken er kopiert.</translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation>QR-koden er kopiert som bilde.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Lagre QR-kode</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>QR-koden er lagret i %1.</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ProfileDialog</name>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blågrønn</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grå</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Klient-&amp;ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemmelighet</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test tilkobling</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Ny tilkoblingsprofil</translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation>Tilkoblingsprofil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Embedded sandbox</source>
        <translation>Innebygd sandkasse</translation>
    </message>
    <message>
        <source>Dintero</source>
        <translation>Dintero</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Egendefinert basis-URL</translation>
    </message>
    <message>
        <source>T12345678 (test) or P12345678 (production)</source>
        <translation>T12345678 (test) eller P12345678 (produksjon)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Logg inn med</translation>
    </message>
    <message>
        <source>API client (client ID and secret)</source>
        <translation>API-klient (klient-ID og hemmelighet)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Access token (pasted)</source>
        <translation>Tilgangstoken (limt inn)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test tilkobling</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Miljø</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>&amp;Konto-ID</translation>
    </message>
    <message>
        <source>Sign in &amp;with</source>
        <translation>&amp;Logg inn med</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Farge</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings file.</source>
        <translation>Hemmeligheten lagres i systemets nøkkelring, aldri i innstillingsfilen.</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Klient&amp;hemmelighet</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-nøkkel</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Tilgangst&amp;oken</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Lagret i nøkkelringen; skriv for å erstatte den</translation>
    </message>
    <message>
        <source>demo-secret</source>
        <translation>demo-secret</translation>
    </message>
    <message>
        <source>PRODUCTION: real customers and real payments.</source>
        <translation>PRODUCTION: ekte kunder og ekte betalinger.</translation>
    </message>
    <message>
        <source>TEST: made-up payments, no real money.</source>
        <translation>TEST: oppdiktede betalinger, ingen ekte penger.</translation>
    </message>
    <message>
        <source>The prefix decides: T is a test account, P a production account.</source>
        <translation>Prefikset avgjør: T er en testkonto, P en produksjonskonto.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Skriv inn klienthemmeligheten.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Skriv inn API-nøkkelen.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Lim inn tilgangstokenet.</translation>
    </message>
    <message>
        <source>Get a token and one page of sessions with these settings</source>
        <translation>Hent et token og én side med økter med disse innstillingene</translation>
    </message>
    <message>
        <source>Fill in the profile and type its secret to test it.</source>
        <translation>Fyll ut profilen og skriv inn hemmeligheten for å teste den.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ProfileSwitcher</name>
    <message>
        <source>Connection profile</source>
        <translation>Tilkoblingsprofil</translation>
    </message>
    <message>
        <source>The connection profile the console works on</source>
        <translation>Tilkoblingsprofilen konsollen arbeider mot</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>&amp;Bytt profil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionActions</name>
    <message>
        <source>Session actions</source>
        <translation>Økthandlinger</translation>
    </message>
    <message>
        <source>Select the sessions to cancel.</source>
        <translation>Velg øktene som skal kanselleres.</translation>
    </message>
    <message numerus="yes">
        <source>A cancel of %n of the selected sessions is under way.</source>
        <translation>
            <numerusform>Kansellering pågår for %n av de valgte øktene.</numerusform>
            <numerusform>Kansellering pågår for %n av de valgte øktene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected sessions can no longer be cancelled.</source>
        <translation>
            <numerusform>%n av de valgte øktene kan ikke lenger kanselleres.</numerusform>
            <numerusform>%n av de valgte øktene kan ikke lenger kanselleres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected session(s) so that they can no longer be paid.</source>
        <translation>
            <numerusform>Kanseller %n valgt økt, så den ikke lenger kan betales.</numerusform>
            <numerusform>Kanseller %n valgte økter, så de ikke lenger kan betales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionDetailsWindow</name>
    <message>
        <source>Session %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Loading session %1…</source>
        <translation>Laster inn økt %1…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the status means</source>
        <translation>Hva statusen betyr</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Read the session again (F5)</source>
        <translation>Hent økten på nytt (F5)</translation>
    </message>
    <message>
        <source>Cancel Session…</source>
        <translation>Kanseller økt…</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Kanseller økt</translation>
    </message>
    <message>
        <source>The session is already cancelled.</source>
        <translation>Økten er allerede kansellert.</translation>
    </message>
    <message>
        <source>The payment is %1; only a session whose payment is initiated or authorized can be cancelled.</source>
        <translation>Betalingen har status %1; bare en økt der betalingen er startet eller autorisert, kan kanselleres.</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Kanseller denne økten</translation>
    </message>
    <message>
        <source>Session %1 does not exist in this account.</source>
        <translation>Økt %1 finnes ikke i denne kontoen.</translation>
    </message>
    <message>
        <source>Session %1 does not exist in account %2.</source>
        <translation>Økt %1 finnes ikke i konto %2.</translation>
    </message>
    <message>
        <source>Could not read the session: %1</source>
        <translation>Kunne ikke hente økten: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ikke tilgjengelig</translation>
    </message>
    <message>
        <source>The session could not be shown. Press F5 to try again.</source>
        <translation>Økten kunne ikke vises. Trykk F5 for å prøve igjen.</translation>
    </message>
    <message>
        <source>Session JSON</source>
        <translation>Økt-JSON</translation>
    </message>
    <message>
        <source>session JSON</source>
        <translation>økt-JSON</translation>
    </message>
    <message>
        <source>Transaction JSON</source>
        <translation>Transaksjons-JSON</translation>
    </message>
    <message>
        <source>transaction JSON</source>
        <translation>transaksjons-JSON</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Session and references</source>
        <translation>Økt og referanser</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Økt-ID</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>økt-ID</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Ordrereferanse</translation>
    </message>
    <message>
        <source>merchant reference</source>
        <translation>ordrereferanse</translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation>Ordrereferanse 2</translation>
    </message>
    <message>
        <source>merchant reference 2</source>
        <translation>ordrereferanse 2</translation>
    </message>
    <message>
        <source>Payment operation</source>
        <translation>Betalingsoperasjon</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Butikk-ID</translation>
    </message>
    <message>
        <source>store id</source>
        <translation>butikk-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tidspunkter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>Kansellert av</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>kunde-ID</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <source>Same as billing</source>
        <translation>Samme som fakturaadressen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adresse</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Lenker</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Betalingslenke</translation>
    </message>
    <message>
        <source>checkout link</source>
        <translation>betalingslenke</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>return URL</source>
        <translation>retur-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>callback-URL</translation>
    </message>
    <message>
        <source>Terms URL</source>
        <translation>Vilkårs-URL</translation>
    </message>
    <message>
        <source>terms URL</source>
        <translation>vilkårs-URL</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1, VAT %2</source>
        <translation>
            <numerusform>%n linje, totalt %1, mva. %2</numerusform>
            <numerusform>%n linjer, totalt %1, mva. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; shipping %1</source>
        <translation>; frakt %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summer</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order amount warning</source>
        <translation>Advarsel om ordrebeløp</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaksjons-ID</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>transaksjons-ID</translation>
    </message>
    <message>
        <source>Loading the transaction…</source>
        <translation>Laster inn transaksjonen…</translation>
    </message>
    <message>
        <source>Could not read the transaction: %1</source>
        <translation>Kunne ikke hente transaksjonen: %1</translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation>Betalingsprodukt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Kortets utløp</translation>
    </message>
    <message>
        <source>Payment token id</source>
        <translation>Betalingstoken-ID</translation>
    </message>
    <message>
        <source>payment token id</source>
        <translation>betalingstoken-ID</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>&amp;Edit Order…</source>
        <translation>&amp;Rediger ordre…</translation>
    </message>
    <message>
        <source>Edit Order</source>
        <translation>Rediger ordre</translation>
    </message>
    <message>
        <source>The session is not loaded yet.</source>
        <translation>Økten er ikke lastet ennå.</translation>
    </message>
    <message>
        <source>The session is cancelled; its order can no longer be changed.</source>
        <translation>Økten er kansellert; ordren kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>The customer has started paying; the order can no longer be changed.</source>
        <translation>Kunden har begynt å betale; ordren kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>A payment-token session has no order to edit.</source>
        <translation>En økt med betalingstoken har ingen ordre å redigere.</translation>
    </message>
    <message>
        <source>Change the order lines, amount and references (Ctrl+E)</source>
        <translation>Endre ordrelinjene, beløpet og referansene (Ctrl+E)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(skjult)</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionsView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Tilpass kolonnene til innholdet</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Tilbakestill kolonnene</translation>
    </message>
    <message>
        <source>Move “%1” Left</source>
        <translation>Flytt «%1» til venstre</translation>
    </message>
    <message>
        <source>Move “%1” Right</source>
        <translation>Flytt «%1» til høyre</translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::WelcomeView</name>
    <message>
        <source>Try the Demo</source>
        <translation>Prøv demoen</translation>
    </message>
    <message>
        <source>Connect to Dintero…</source>
        <translation>Koble til Dintero…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Welcome to the Dintero Checkout Sessions console</source>
        <translation>Velkommen til konsollen for Dintero Checkout-økter</translation>
    </message>
    <message>
        <source>There is no connection yet. Try the console on a built-in sandbox with made-up sessions, or connect to your Dintero account with an API client, an API key or an access token.</source>
        <translation>Det finnes ingen tilkobling ennå. Prøv konsollen i en innebygd sandkasse med oppdiktede økter, eller koble til Dintero-kontoen din med en API-klient, en API-nøkkel eller et tilgangstoken.</translation>
    </message>
    <message>
        <source>Browse made-up sessions on a sandbox inside the console: no account, no set-up</source>
        <translation>Bla gjennom oppdiktede økter i en sandkasse i konsollen: ingen konto, ingen oppsett</translation>
    </message>
    <message>
        <source>Connect to Dintero</source>
        <translation>Koble til Dintero</translation>
    </message>
    <message>
        <source>Add a connection profile for a Dintero account</source>
        <translation>Legg til en tilkoblingsprofil for en Dintero-konto</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Merchant reference, customer name, or paste a session or transaction ID</source>
        <translation>Ordrereferanse, kundenavn, eller lim inn en økt- eller transaksjons-ID</translation>
    </message>
    <message>
        <source>Searches merchant references and customer names. A pasted session ID or transaction ID finds that session. Escape clears.</source>
        <translation>Søker i ordrereferanser og kundenavn. En innlimt økt-ID eller transaksjons-ID finner den økten. Escape tømmer feltet.</translation>
    </message>
    <message>
        <source>C&amp;reated</source>
        <translation>Op&amp;prettet</translation>
    </message>
    <message>
        <source>Created at or after this local time</source>
        <translation>Opprettet på eller etter dette lokale tidspunktet</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates of a range</comment>
        <translation>til</translation>
    </message>
    <message>
        <source>Created at or before this local time (the whole minute)</source>
        <translation>Opprettet på eller før dette lokale tidspunktet (hele minuttet)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Pick a ready-made date range</source>
        <translation>Velg en ferdig periode</translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation>Status: Alle</translation>
    </message>
    <message>
        <source>Show only loaded sessions with these statuses</source>
        <translation>Vis bare innlastede økter med disse statusene</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>Bu&amp;tikker</translation>
    </message>
    <message>
        <source>Store IDs, separated by commas</source>
        <translation>Butikk-ID-er, skilt med komma</translation>
    </message>
    <message>
        <source>One or more store IDs; sessions of any of them are shown</source>
        <translation>Én eller flere butikk-ID-er; økter fra hvilken som helst av dem vises</translation>
    </message>
    <message>
        <source>Tra&amp;nsaction IDs</source>
        <translation>Tra&amp;nsaksjons-ID-er</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Lim inn en liste</translation>
    </message>
    <message>
        <source>Transaction IDs separated by spaces, commas or new lines</source>
        <translation>Transaksjons-ID-er skilt med mellomrom, komma eller linjeskift</translation>
    </message>
    <message>
        <source>Sess&amp;ion IDs</source>
        <translation>Ø&amp;kt-ID-er</translation>
    </message>
    <message>
        <source>Session IDs separated by spaces, commas or new lines</source>
        <translation>Økt-ID-er skilt med mellomrom, komma eller linjeskift</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Save these filters under a name, or pick saved ones</source>
        <translation>Lagre disse filtrene under et navn, eller velg lagrede</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Fjern filtre</translation>
    </message>
    <message>
        <source>Remove every filter and show all sessions</source>
        <translation>Fjern alle filtre og vis alle økter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation>Dintero Checkout-økter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksporter til CSV…</translation>
    </message>
    <message>
        <source>Write every session that matches the filters to a CSV file</source>
        <translation>Skriv alle økter som passer til filtrene, til en CSV-fil</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Søk i økter</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the first page of sessions again</source>
        <translation>Last inn den første siden med økter på nytt</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>Last inn &amp;alle</translation>
    </message>
    <message>
        <source>Load every page of sessions that match the filters</source>
        <translation>Last inn alle sider med økter som passer til filtrene</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Stopp innlastingen</translation>
    </message>
    <message>
        <source>Stop loading pages</source>
        <translation>Stopp innlastingen av sider</translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation>Tilbakestill &amp;kolonnene</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Vis standardkolonnene i standard rekkefølge og bredde</translation>
    </message>
    <message>
        <source>&amp;Save Filters As…</source>
        <translation>&amp;Lagre filtrene som…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Lagre de gjeldende filtrene under et navn</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Fjern filtre</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Fjern alle filtre</translation>
    </message>
    <message>
        <source>Show the selected session</source>
        <translation>Vis den valgte økten</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Økt</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>What the console did: every cancel, with its result and note</source>
        <translation>Hva konsollen har gjort: hver kansellering, med resultat og notat</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Open Session by &amp;ID…</source>
        <translation>Åpne økt med &amp;ID…</translation>
    </message>
    <message>
        <source>Open the details of a session whose ID you paste</source>
        <translation>Åpne detaljene for en økt ved å lime inn ID-en</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Tilkoblinger…</translation>
    </message>
    <message>
        <source>Add, edit and switch the connection profiles (Dintero accounts and their credentials)</source>
        <translation>Legg til, rediger og bytt tilkoblingsprofiler (Dintero-kontoer og legitimasjonen deres)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Lenker</translation>
    </message>
    <message>
        <source>The payment links made in this run and whether the customers have used them</source>
        <translation>Betalingslenkene som er laget i denne kjøringen, og om kundene har brukt dem</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local stand-in for Dintero's Checkout API, with seeded sessions and fault injection.</source>
        <translation>En lokal erstatning for Dinteros Checkout-API, med forhåndsgenererte økter og feilinjeksjon.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adressen det skal lyttes på.</translation>
    </message>
    <message>
        <source>Port (0 picks a free one).</source>
        <translation>Port (0 velger en ledig port).</translation>
    </message>
    <message>
        <source>Number of seeded sessions.</source>
        <translation>Antall forhåndsgenererte økter.</translation>
    </message>
    <message>
        <source>Seed of the data set.</source>
        <translation>Frø for datasettet.</translation>
    </message>
    <message>
        <source>Delay added to every API response.</source>
        <translation>Forsinkelse som legges til hvert API-svar.</translation>
    </message>
    <message>
        <source>Share of API responses (0 to 1) that get a random fault.</source>
        <translation>Andelen API-svar (0 til 1) som får en tilfeldig feil.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Levetiden til tilgangstokener i sekunder.</translation>
    </message>
    <message>
        <source>--host must be an IP address, not %1</source>
        <translation>--host må være en IP-adresse, ikke %1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port må være et tall fra 0 til 65535</translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation>Dintero Checkout-økter</translation>
    </message>
    <message>
        <source>Browse, search and export Dintero Checkout sessions.</source>
        <translation>Bla gjennom, søk i og eksporter Dintero Checkout-økter.</translation>
    </message>
    <message>
        <source>Run against a local sandbox with made-up sessions.</source>
        <translation>Kjør mot en lokal sandkasse med oppdiktede økter.</translation>
    </message>
    <message>
        <source>Number of sessions in the demo sandbox.</source>
        <translation>Antall økter i demosandkassen.</translation>
    </message>
    <message>
        <source>Delay of every demo sandbox answer.</source>
        <translation>Forsinkelse på hvert svar fra demosandkassen.</translation>
    </message>
    <message>
        <source>Keep the settings in this file.</source>
        <translation>Lagre innstillingene i denne filen.</translation>
    </message>
    <message>
        <source>Open the details of this session once connected.</source>
        <translation>Åpne detaljene for denne økten når konsollen er tilkoblet.</translation>
    </message>
    <message>
        <source>Open this connection profile (by its name).</source>
        <translation>Åpne denne tilkoblingsprofilen (etter navn).</translation>
    </message>
    <message>
        <source>There is no connection profile named '%1': there are no profiles yet. Start without --profile to add one, or use --demo.</source>
        <translation>Det finnes ingen tilkoblingsprofil med navnet «%1»: det finnes ingen profiler ennå. Start uten --profile for å legge til en, eller bruk --demo.</translation>
    </message>
    <message>
        <source>There is no connection profile named '%1'. The profiles are: %2.</source>
        <translation>Det finnes ingen tilkoblingsprofil med navnet «%1». Profilene er: %2.</translation>
    </message>
</context>
</TS>