<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dintero::Api::ApiError</name>
    <message>
        <source>Could not reach Dintero. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Dintero could not be verified. The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the request as invalid or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero did not accept the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero did not accept the credentials. Check the client id, secret or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this (missing permission or wrong account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not found. It may belong to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from Dintero (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from Dintero (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero&apos;s answer was incomplete or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero&apos;s answer did not have the expected content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before Dintero confirmed the change. It may or may not have been made; check the session before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero is limiting requests. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero had a problem (HTTP %1) and did not confirm the change. It may or may not have been made; check the session before trying again, so that it is not done twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Api::ConnectionSettings</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id must be T or P followed by 8 digits, e.g. T12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Api::CredentialStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets cannot be stored. Enter them each time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory until the console closes, and never written to disk. Enter them again next time, or start a keychain (e.g. GNOME Keyring).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Api::PaymentTokenRequest</name>
    <message>
        <source>Enter a three-letter currency code, e.g. NOK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a merchant reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid return URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment product type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one token type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata keys must start with ext_ (%1 does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata values must be text or numbers (%1 is not).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Api::SessionClient</name>
    <message>
        <source>The transaction was not found. It may belong to another account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cancel::CancelRule</name>
    <message>
        <source>Already cancelled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expired session is closed for good; nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link stops working: the customer can no longer pay with it. Nothing was paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s state could not be read: Dintero decides whether the session can still be cancelled. If it can, any reservation on the customer&apos;s card is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment the customer started is stopped; nothing is taken from the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation on the customer&apos;s card is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation of %1 on the customer&apos;s card is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: the reservation was already released; nothing is left to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured: the money is taken; refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: the payment was captured and refunded; a cancel no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the payment did not go through; nothing is reserved to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: the payment is under review by the provider; wait for its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is %1, a state in which Dintero does not allow a cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s state is unknown: Dintero decides whether the session can still be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cancel::CancelRun</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session does not exist in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; reading the session again shows it cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1); reading the session again shows it is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential may not change sessions (403): it can only read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and the session could not be read again (%2): check it before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::ArgumentParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout API address (default https://checkout.dintero.com/v1). [DINTERO_BASE_URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero account id, T or P and 8 digits. [DINTERO_ACCOUNT_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client id (client credentials). [DINTERO_CLIENT_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client secret; prefer the environment variable, which other users cannot see. [DINTERO_CLIENT_SECRET]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key, sent as x-api-key, instead of a client. [DINTERO_API_KEY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an embedded sandbox with generated sessions instead of Dintero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order line, id:description:quantity:amount:vat (amount in minor units incl. VAT, vat in percent). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the JSON object in this file instead of building it from options (- reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match merchant references or the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this store. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session id. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the session of this transaction. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or after: yyyy-mm-dd (local midnight) or an ISO 8601 date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or before: yyyy-mm-dd (the whole day) or an ISO 8601 date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per page, 1 to 100 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page (100 sessions each) instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required without a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. NOK. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer returns afterwards. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone number, e.g. +4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id (order.store.id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment product that stores the token (default dintero_psp.creditcard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from this payment profile (POST /sessions-profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. NOK. Required without --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount in minor units incl. VAT (29990 = 299.90). Default: the sum of the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference. Required without --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second merchant reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer returns afterwards. Required without --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the payment link stops working: ISO 8601 date-time, or yyyy-mm-dd (the end of that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order amount in minor units. Default with --item: the sum of the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New second merchant reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update although the session is not locked for paying (only before the customer has seen the checkout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sessions: one page, or every page with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one session with its amounts, items and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a session; also voids an INITIATED or AUTHORIZED transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session that stores a card token, and print its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session and print its id and payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a session&apos;s order and print the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [options] %2 ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [options] %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json prints the session object as Dintero sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a terminal the command shows the session and asks before it cancels; without a terminal it needs --yes. Exit status 1 when Dintero refuses, when the answer is not yes, or when the outcome could not be confirmed (the message then says UNKNOWN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints only the link (the session&apos;s url) on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the new session&apos;s id and its payment link, one per line. Without --profile the session is created with POST /sessions and a minimal configuration (Dintero card payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order fields given replace those of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options (options win over the environment variables in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 Dintero error (or an unconfirmed outcome), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items add up to more than %1, the largest amount Dintero accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--created-from is later than --created-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit cannot be combined with --all, which reads pages of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product-type must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body cannot be combined with %1; put those fields in the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body needs a file name, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1 (or give the whole request with --body FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --amount (or at least one --item to add up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update: give --amount, --reference-2, --item or --body FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, shows, creates, updates and cancels Dintero Checkout sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (2025-03-04) or an ISO 8601 date-time (2025-03-04T09:30:00+01:00), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item must look like id:description:quantity:amount:vat, e.g. SKU-1:Green tea 250 g:2:19800:25, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of --item &apos;%1&apos; must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of --item &apos;%1&apos; must be a whole number of minor units, e.g. 19800 for 198.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT of --item &apos;%1&apos; must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of minor units from 0 to %2 (29990 = 299.90), not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as NOK, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute http(s) URL such as https://shop.example/return, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set --account-id with --client-id and --client-secret, or with --api-key (or DINTERO_ACCOUNT_ID, DINTERO_CLIENT_ID, DINTERO_CLIENT_SECRET, DINTERO_API_KEY); or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo cannot be combined with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo connects to the embedded sandbox; leave out the other connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &apos;%1&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address such as https://checkout.dintero.com/v1 (--base-url or DINTERO_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key cannot be combined with --client-id or --client-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one kind of credential: a client (id and secret) or an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set --client-id or DINTERO_CLIENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set DINTERO_CLIENT_SECRET (or --client-secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account id given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set --account-id or DINTERO_ACCOUNT_ID, e.g. T12345678 for a test account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: table (default), json, ndjson (one session per line) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json, ndjson or csv, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after this session id, where an earlier run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--starting-after needs the id of a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json prints one array of the session objects as Dintero sent them; ndjson prints each session object on a line of its own; csv prints a header row and one row per session (amounts as decimals in major units, times in UTC); table prints aligned columns: created, status, merchant reference, customer, amount, store, id. Pages are written as they arrive; when a page fails, what was written stays valid and the message names the --starting-after to go on with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CancelCommand</name>
    <message>
        <source>y</source>
        <comment>short answer to a yes/no question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to a yes/no question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelling %1: there is no terminal to confirm on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --yes to cancel without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was already cancelled at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling stops its payment link from working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling stops its payment link and voids transaction %1 if it is INITIATED or AUTHORIZED; Dintero refuses if it is already captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled session %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the cancel was sent; reading the session back shows it cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was not cancelled: the connection was lost, and reading the session back shows it still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is UNKNOWN: the cancel of session %1 was sent, but Dintero&apos;s answer was lost and the session could not be read back (%2). Check it with &apos;dintero-sessions get %1&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::Command</name>
    <message>
        <source>No connection to Dintero was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read for --body -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --body %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body %1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CommandRunner</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::CreateCommand</name>
    <message>
        <source>Published by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::ListCommand</name>
    <message numerus="yes">
        <source>Loading sessions: %n loaded</source>
        <translation>
            <numerusform>Loading sessions: %n loaded</numerusform>
            <numerusform>Loading sessions: %n loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n session(s) before the last page.</source>
        <translation>
            <numerusform>Loading stopped after %n session before the last page.</numerusform>
            <numerusform>Loading stopped after %n sessions before the last page.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The output stopped after %n complete session(s), the last one %1. To go on after it, run the same command with --starting-after %1.</source>
        <translation>
            <numerusform>The output stopped after %n complete session, the last one %1. To go on after it, run the same command with --starting-after %1.</numerusform>
            <numerusform>The output stopped after %n complete sessions, the last one %1. To go on after it, run the same command with --starting-after %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::PaymentTokenCommand</name>
    <message>
        <source>Dintero created session %1 but sent no link for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Cli::SessionFormatter</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ref 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::ConnectionCheck</name>
    <message>
        <source>Connected to account %1 at %2: the token and a page of sessions came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the client id or the client secret (401 from the token request). Copy both again from the API client in Dintero Backoffice and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the API key (401). Check that the key is for account %1 and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the access token (401): it has expired or is not for account %1. Paste a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client has no access to account %1 (%2 from the token request: unknown account or audience)%3. Check the account id, and that the client belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was accepted but may not list the sessions of account %1 (%2)%3: it needs the scope read:checkout on that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2 Check the base URL, the network connection and any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2 Nothing was sent. Check the computer&apos;s clock and that the address is Dintero&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero answered with a server error (HTTP %1)%2. The settings may be right: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::ConnectionService</name>
    <message>
        <source>The demo sandbox did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret for account %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it again under File → Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret for %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it again under File → Connections… (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 could not be stored in the keychain (%2); it is used until the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is removed, but its secret could not be deleted from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Connection::WriteAccess</name>
    <message>
        <source>This credential may only read (scope %1): ask for an API client with write:checkout to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused a change with this credential (403 Forbidden): it may only read. Ask for an API client with write:checkout to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this credential may change is unknown until a change is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May read and change sessions (scope %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Core::SessionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid / authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Core::TransactionStatus</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially captured and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Csv</name>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Journal</name>
    <message>
        <source>The journal could not be written (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be saved to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s last line was incomplete; the new entry starts on a line of its own after it and follows the last complete entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::JournalModel</name>
    <message>
        <source>Written at or after line %1 of the journal, where the chain of hashes breaks: this entry may have been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Operation</name>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create payment token session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session from profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Journal::Outcome</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Links::LinkWatch</name>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link expired before it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Links::LinksModel</name>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::DatePreset</name>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::OrderItemsModel</name>
    <message>
        <source>Items and shipping add up to %1, %2 less than the order amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and shipping add up to %1, %2 more than the order amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items add up to %1, %2 less than the order amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items add up to %1, %2 more than the order amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionSummary</name>
    <message>
        <source>Card saved: %1 can be charged later without the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved: the customer&apos;s card can be charged later without the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment started: the customer is paying now; cancelling stops the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized: %1 is reserved on the customer&apos;s card; cancelling releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: the reservation was released; the customer was not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured: the money is taken; refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly captured: part of the money is taken; refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: the money has been returned to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded: part of the money has been returned to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the customer&apos;s bank refused the payment; the customer was not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the payment did not go through; the customer was not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: the payment provider is reviewing the payment; it will be authorized or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on %1 by %2: the customer can no longer pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on %1: the customer can no longer pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the customer can no longer pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized: the customer has paid or the amount is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized: %1 is paid or reserved on the customer&apos;s card; the transaction tells which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the customer can no longer pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: the customer has opened the payment page but has not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: the customer has not opened the payment page yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTableModel</name>
    <message>
        <source>Local: %1
UTC: %2
ISO: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minor units of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In local time; hover a cell for UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the session&apos;s events; the API has no status field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTimeline</name>
    <message>
        <source>Amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer opened the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer on the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer left the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-hold notice sent to the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization notice sent to the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saving started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount codes entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping option chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notification sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation code sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Dintero chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment information added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction start failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount reserved (authorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation released (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled to the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Models::SessionTimelineModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open (no end recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::LockRule</name>
    <message>
        <source>Sent: the SMS with the link is on its way to the customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the notification with the link went to the customer&apos;s app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: Dintero did not send it (no phone number or channel for this customer); hand the link over yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: Dintero tried but the message could not be delivered; check the number and hand the link over yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: treat the link as not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is cancelled; its order can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has started paying (transaction %1); the order can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero accepts a changed order only while the session is locked for paying: the checkout page takes that lock while the customer pays, so that the order never changes under a customer who has not seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is locked now: the update is accepted and the lock is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not locked now: the update will be refused unless it is sent without the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while the customer has not been shown the checkout yet: a customer on the page would pay an order that changed without their knowing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::OrderDraft</name>
    <message>
        <source>Choose the payment profile the session is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is larger than Dintero accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the merchant reference (the shop&apos;s order number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry is in the past; the link would not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the link by SMS needs the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant reference cannot be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: VAT must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the shipping option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines and shipping add up to %1, but the order amount is %2: they must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one order line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number with its country code and digits only, e.g. +4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code, e.g. NOK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the customer returns to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (https://shop.example/return).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Orders::OrderLinesModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price, VAT included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::PaymentLink::PaymentLinkForm</name>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. kari@example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part before the @, e.g. kari@example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain after the @, e.g. example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out spaces: +4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits after the +, e.g. +4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country code and number after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for a phone number with country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 15 digits (E.164); this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the currency, e.g. NOK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code, e.g. NOK, SEK, EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a merchant reference (your order or case number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the page the customer returns to, e.g. https://shop.example/thanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return URL must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL needs a host name, e.g. https://shop.example/thanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the link expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s e-mail or phone, so that the link can reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one token type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not issue a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero did not accept this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Sandbox::SandboxCommandLine</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Settings::ConnectionProfile</name>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is T (test) or P (production) followed by 8 digits, e.g. T12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox has test accounts only: use a T account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. https://checkout.dintero.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must use https (plain http only for this computer: 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the API client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::CancelController</name>
    <message>
        <source>A cancel of this session is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cancelled.</source>
        <translation>
            <numerusform>%n session cancelled.</numerusform>
            <numerusform>%n sessions cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cancelled; %n not cancelled or with an unknown outcome.</source>
        <translation>
            <numerusform>%1 cancelled; %n not cancelled or with an unknown outcome.</numerusform>
            <numerusform>%1 cancelled; %n not cancelled or with an unknown outcome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::CancelDialog</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Session(s)</source>
        <translation>
            <numerusform>Cancel %n Session</numerusform>
            <numerusform>Cancel %n Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the request in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the sessions again before anything is sent: %1 of %n checked.</source>
        <translation>
            <numerusform>Reading the sessions again before anything is sent: %1 of %n checked.</numerusform>
            <numerusform>Reading the sessions again before anything is sent: %1 of %n checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the sessions again before anything is sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the session and its transaction again before anything is sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (why; kept in the journal, not sent to Dintero):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) can be cancelled.</source>
        <translation>
            <numerusform>%1 of %n session can be cancelled.</numerusform>
            <numerusform>%1 of %n sessions can be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were not checked (stopped) and are left alone.</source>
        <translation>
            <numerusform>%n session was not checked (stopped) and is left alone.</numerusform>
            <numerusform>%n sessions were not checked (stopped) and are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations on the customers&apos; cards are released and the payment links stop working. The sessions are cancelled one at a time. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production account. Type the number of sessions to cancel (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production account. Type the merchant reference (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelling one session at a time: %1 of %n done.</source>
        <translation>
            <numerusform>Cancelling one session at a time: %1 of %n done.</numerusform>
            <numerusform>Cancelling one session at a time: %1 of %n done.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the session was cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome</source>
        <translation>
            <numerusform>%n with an unknown outcome</numerusform>
            <numerusform>%n with an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” (account %2)? Its secret is deleted from the keychain; to use the account again you need the secret once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ConsoleApp</name>
    <message>
        <source>demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making up %n checkout session(s) to browse.</source>
        <translation>
            <numerusform>Making up %n checkout session to browse.</numerusform>
            <numerusform>Making up %n checkout sessions to browse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cancel of %1 could not be written to the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link for %1 is no longer watched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console switched to account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link %1 could not be written to the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link created for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to %1 could not be written to the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment authorized for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link for %1 expired before it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link for %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment for %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::DetailsSection</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Selected JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Selected Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::EditOrderDialog</name>
    <message>
        <source>Edit Order — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;without the lock (update_without_lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update without lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write the amount in %1 with at most %n decimal(s), e.g. 349.00.</source>
        <translation>
            <numerusform>Write the amount in %1 with at most %n decimal, e.g. 349.00.</numerusform>
            <numerusform>Write the amount in %1 with at most %n decimals, e.g. 349.00.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shipping amount or its VAT is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changed order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the order may have been changed. Reload the details before editing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the update because the session is not locked for paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the update (400); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::EnvironmentStrip</name>
    <message>
        <source>Connection environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — %1 (%2): real customers and real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::FilterPanel</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status: %n selected</source>
        <translation>
            <numerusform>Status: %n selected</numerusform>
            <numerusform>Status: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::JournalWindow</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the journal file again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was changed or removed after it was written: entries from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line is incomplete (the console stopped while writing it); the entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal are not entries and were skipped (%1); the entries are intact.</source>
        <translation>
            <numerusform>%n line of the journal is not an entry and was skipped (%1); the entries are intact.</numerusform>
            <numerusform>%n lines of the journal are not entries and were skipped (%1); the entries are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is empty: nothing has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entry(s).</source>
        <translation>
            <numerusform>The journal is intact: %n entry.</numerusform>
            <numerusform>The journal is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::LinksWindow</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment links made in this run. The console checks each one until the customer has used it, or it is cancelled or expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment link was made in this run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::MainWindow</name>
    <message>
        <source>Saved &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session has the ID %1; looking for it as a transaction ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To browse checkout sessions, enter your Dintero account ID and API client under File → Connection…

To look around first, start the console with --demo: it runs a local sandbox with made-up sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded so far</source>
        <translation>
            <numerusform>%n session loaded so far</numerusform>
            <numerusform>%n sessions loaded so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first page of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded so far</source>
        <translation>
            <numerusform>%n loaded so far</numerusform>
            <numerusform>%n loaded so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded sessions have the selected statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded; the server has more.</source>
        <translation>
            <numerusform>%n session loaded; the server has more.</numerusform>
            <numerusform>%n sessions loaded; the server has more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no checkout sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded session(s) have other statuses.</source>
        <translation>
            <numerusform>%n loaded session has another status.</numerusform>
            <numerusform>%n loaded sessions have other statuses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a wider date range or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded</source>
        <translation>
            <numerusform>%n session loaded</numerusform>
            <numerusform>%n sessions loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded session(s) shown</source>
        <translation>
            <numerusform>%1 of %n loaded session shown</numerusform>
            <numerusform>%1 of %n loaded sessions shown</numerusform>
        </translation>
    </message>
    <message>
        <source>loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>auto every %n min</source>
        <translation>
            <numerusform>auto every minute</numerusform>
            <numerusform>auto every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the selected sessions have no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n value(s) (%1).</source>
        <translation>
            <numerusform>Copied %n value (%1).</numerusform>
            <numerusform>Copied %n values (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Session ID(s)</source>
        <translation>
            <numerusform>Copy &amp;Session ID</numerusform>
            <numerusform>Copy &amp;Session IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Transaction ID(s)</source>
        <translation>
            <numerusform>Copy &amp;Transaction ID</numerusform>
            <numerusform>Copy &amp;Transaction IDs</numerusform>
        </translation>
    </message>
    <message>
        <source>transaction IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;Merchant Reference(s)</source>
        <translation>
            <numerusform>Copy &amp;Merchant Reference</numerusform>
            <numerusform>Copy &amp;Merchant References</numerusform>
        </translation>
    </message>
    <message>
        <source>merchant references</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy Checkout &amp;Link(s)</source>
        <translation>
            <numerusform>Copy Checkout &amp;Link</numerusform>
            <numerusform>Copy Checkout &amp;Links</numerusform>
        </translation>
    </message>
    <message>
        <source>checkout links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Checkout &amp;Page in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Saved Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved filter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the filters as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sessions to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n session(s)</source>
        <translation>
            <numerusform>Exporting: %n session</numerusform>
            <numerusform>Exporting: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %n session(s) match</source>
        <translation>
            <numerusform>Exporting: %1 of %n session match</numerusform>
            <numerusform>Exporting: %1 of %n sessions match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions were not exported; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dintero Checkout Sessions Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, search and export Dintero Checkout sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) reloaded</source>
        <translation>
            <numerusform>%1 of %n session reloaded</numerusform>
            <numerusform>%1 of %n sessions reloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) reloaded so far</source>
        <translation>
            <numerusform>%n session reloaded so far</numerusform>
            <numerusform>%n sessions reloaded so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a checkout session and its payment link (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Payment Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a link where a customer saves a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced: order lines, store, URLs and expiry (without a payment profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not list payment profiles: &quot;default&quot; exists on every account; type the id of another from Backoffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 349.00 (VAT included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SO-100477</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store id, e.g. oslo-sentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link by &amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero texts the checkout link to the customer&apos;s phone (configuration.publish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example/return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://shop.example/callback?method=POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write the amount in %1 with at most %n decimal(s), e.g. 349.00.</source>
        <translation>
            <numerusform>Write the amount in %1 with at most %n decimal, e.g. 349.00.</numerusform>
            <numerusform>Write the amount in %1 with at most %n decimals, e.g. 349.00.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shipping amount or its VAT is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the session may have been created. Refresh the sessions and look for reference %1 before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero refused the session (400); nothing was created. Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Session created&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &lt;b&gt;%3&lt;/b&gt; — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::OrderLinesEditor</name>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or e.g. Posten home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the order amount to the lines and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 + shipping %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✔ equals the order amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&quot;color:#c62828&quot;&gt;≠ order amount %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::PaymentLinkDialog</name>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Payment Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example/card-saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for colleagues; the customer never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link where the customer saves a card. Nothing is charged. Enter the customer&apos;s e-mail or phone, a merchant reference and a return URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n marked field(s) first.</source>
        <translation>
            <numerusform>Fix the %n marked field first.</numerusform>
            <numerusform>Fix the %n marked fields first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero did not accept the link; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the link may or may not exist: look for %1 in the sessions before creating it again. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is ready. Send it to the customer or let them scan the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Dintero&apos;s answer before closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::PaymentLinkView</name>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your e-mail program with a message to the customer that holds the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your SMS program with a text to the customer that holds the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can scan this code with a phone camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMS program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works until the session expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your e-mail program with a message to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address was given for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your SMS program with a text to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was given for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ProfileDialog</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T12345678 (test) or P12345678 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client (client ID and secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION: real customers and real payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST: made-up payments, no real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix decides: T is a test account, P a production account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token and one page of sessions with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the profile and type its secret to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::ProfileSwitcher</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile the console works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionActions</name>
    <message>
        <source>Session actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sessions to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A cancel of %n of the selected sessions is under way.</source>
        <translation>
            <numerusform>A cancel of %n of the selected sessions is under way.</numerusform>
            <numerusform>A cancel of %n of the selected sessions is under way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected sessions can no longer be cancelled.</source>
        <translation>
            <numerusform>%n of the selected sessions can no longer be cancelled.</numerusform>
            <numerusform>%n of the selected sessions can no longer be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected session(s) so that they can no longer be paid.</source>
        <translation>
            <numerusform>Cancel the selected session so that it can no longer be paid.</numerusform>
            <numerusform>Cancel the %n selected sessions so that they can no longer be paid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionDetailsWindow</name>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading session %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the status means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the session again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is %1; only a session whose payment is initiated or authorized can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 does not exist in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 does not exist in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be shown. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant reference 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1, VAT %2</source>
        <translation>
            <numerusform>%n line, total %1, VAT %2</numerusform>
            <numerusform>%n lines, total %1, VAT %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; shipping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is cancelled; its order can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has started paying; the order can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment-token session has no order to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the order lines, amount and references (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::SessionsView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dintero::Ui::WelcomeView</name>
    <message>
        <source>Try the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Dintero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the Dintero Checkout Sessions console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection yet. Try the console on a built-in sandbox with made-up sessions, or connect to your Dintero account with an API client, an API key or an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse made-up sessions on a sandbox inside the console: no account, no set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Dintero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile for a Dintero account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference, customer name, or paste a session or transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches merchant references and customer names. A pasted session ID or transaction ID finds that session. Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or after this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or before this local time (the whole minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ready-made date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only loaded sessions with these statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store IDs, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more store IDs; sessions of any of them are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsaction IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction IDs separated by spaces, commas or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session IDs separated by spaces, commas or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these filters under a name, or pick saved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter and show all sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every session that matches the filters to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the first page of sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page of sessions that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Filters As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the console did: every cancel, with its result and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session by &amp;ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details of a session whose ID you paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and switch the connection profiles (Dintero accounts and their credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment links made in this run and whether the customers have used them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local stand-in for Dintero&apos;s Checkout API, with seeded sessions and fault injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of seeded sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay added to every API response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of API responses (0 to 1) that get a random fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host must be an IP address, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero Checkout Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, search and export Dintero Checkout sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a local sandbox with made-up sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions in the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay of every demo sandbox answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the settings in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details of this session once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection profile (by its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;: there are no profiles yet. Start without --profile to add one, or use --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;. The profiles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
