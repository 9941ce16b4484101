<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>Aanmelding</name>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="90" />
            <source>Uw aanmelding is verlopen. Meld u opnieuw aan om verder te werken.</source>
            <translation>Your sign-in has expired. Sign in again to continue working.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="118" />
            <source>De browser kon niet worden geopend om u aan te melden.</source>
            <translation>The browser could not be opened to sign you in.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="147" />
            <source>Niet gevonden.</source>
            <translation>Not found.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="152" />
            <source>U bent aangemeld bij Klantbeeld. U kunt dit venster sluiten.</source>
            <translation>You are signed in to Klantbeeld. You can close this window.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="154" />
            <source>Aanmelden is niet gelukt. Ga terug naar Klantbeeld.</source>
            <translation>Signing in failed. Go back to Klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="196" />
            <source>De aanmeldserver kan niet gebruikt worden: {reden}.</source>
            <translation>The sign-in server cannot be used: {reden}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="271" />
            <source>Aanmelden duurde te lang; probeer het opnieuw.</source>
            <translation>Signing in took too long; please try again.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="276" />
            <source>Het antwoord van de aanmeldserver hoort niet bij deze aanmelding.</source>
            <translation>The sign-in server's answer does not belong to this sign-in.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="279" />
            <source>geen code</source>
            <translation>no code</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="281" />
            <source>De aanmeldserver weigerde de aanmelding ({reden}).</source>
            <translation>The sign-in server refused the sign-in ({reden}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="342" />
            <source>De aanmeldserver noemt zich anders dan ingesteld (issuer).</source>
            <translation>The sign-in server names itself differently than configured (issuer).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="347" />
            <source>De aanmeldserver geeft geen veilig adres ({sleutel}).</source>
            <translation>The sign-in server gives no secure address ({sleutel}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="368" />
            <source>De aanmeldserver is niet bereikbaar ({soort}).</source>
            <translation>The sign-in server cannot be reached ({soort}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="376" />
            <source>De aanmeldserver gaf een fout ({status}).</source>
            <translation>The sign-in server returned an error ({status}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="381" />
            <source>De aanmeldserver weigerde het verzoek ({reden}).</source>
            <translation>The sign-in server refused the request ({reden}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="402" />
            <source>De aanmeldserver gaf geen bruikbaar toegangstoken.</source>
            <translation>The sign-in server gave no usable access token.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="409" />
            <source>De aanmeldserver vroeg niet opnieuw om uw wachtwoord; het scherm blijft vergrendeld.</source>
            <translation>The sign-in server did not ask for your password again; the screen stays locked.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="416" />
            <source>Het ververste ID-token is van een andere medewerker.</source>
            <translation>The refreshed ID token belongs to another agent.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="420" />
            <source>De aanmeldserver gaf geen ID-token.</source>
            <translation>The sign-in server gave no ID token.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="477" />
            <source>Het ID-token van de aanmeldserver is ongeldig ({soort}).</source>
            <translation>The sign-in server's ID token is invalid ({soort}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/aanmelding.py" line="482" />
            <source>Het ID-token hoort niet bij deze aanmelding (nonce).</source>
            <translation>The ID token does not belong to this sign-in (nonce).</translation>
        </message>
    </context>
    <context>
        <name>Beantwoorden</name>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="68" />
            <source>Antwoord via {kanaal} vastgelegd; de inwoner ziet het als beantwoord in Mijn gemeente (Open Inwoner) zodra het verzonden is, meestal binnen een minuut.</source>
            <translation>Answer via {kanaal} recorded; the citizen sees it as answered in Mijn gemeente (Open Inwoner) once it has been sent, usually within a minute.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="77" />
            <source>{n} van {max} tekens — {over} te veel; maak het korter</source>
            <translation>{n} of {max} characters — {over} too many; make it shorter</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="80" />
            <source>{n} van {max} tekens</source>
            <translation>{n} of {max} characters</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="104" />
            <source>Vraag beantwoorden</source>
            <translation>Answer question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="125" />
            <source>Onderwerp van de vraag</source>
            <translation>Subject of the question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="129" />
            <source>De vraag van de inwoner</source>
            <translation>The citizen's question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="141" />
            <source>Antwoord via</source>
            <translation>Answer via</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="142" />
            <source>Antwoord &amp;via</source>
            <translation>Answer &amp;via</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="147" />
            <source>Antwoord aan de inwoner</source>
            <translation>Answer to the citizen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="148" />
            <source>Schrijf hier het antwoord aan de inwoner.</source>
            <translation>Write the answer to the citizen here.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="149" />
            <source>&amp;Antwoord</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="154" />
            <source>Aantal tekens van het antwoord</source>
            <translation>Number of characters of the answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="168" />
            <source>Bevestiging</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="174" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="176" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="180" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="183" />
            <source>Beantwoorden</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="182" />
            <source>Leg het antwoord vast (Ctrl+Enter)</source>
            <translation>Record the answer (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="187" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="189" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="242" />
            <source>Schrijf eerst het antwoord.</source>
            <translation>Write the answer first.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="246" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="312" />
            <source>Vastleggen kan nu niet: registreren is niet ingesteld.</source>
            <translation>Cannot record now: registration is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="256" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="314" />
            <source>Deze vraag is niet te beantwoorden: het klantcontact ontbreekt.</source>
            <translation>This question cannot be answered: the klantcontact is missing.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="266" />
            <source>Niet vastgelegd: {reden}</source>
            <translation>Not recorded: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="296" />
            <source>Vraag van {naam}</source>
            <translation>Question from {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="296" />
            <location filename="../../klantbeeld/views/beantwoorden.py" line="322" />
            <source>een inwoner</source>
            <translation>a citizen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="299" />
            <source>ontvangen {datum}</source>
            <translation>received {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="301" />
            <source>wacht {dagen}</source>
            <translation>waiting {dagen}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="303" />
            <source>via {kanaal}</source>
            <translation>via {kanaal}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="56" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="57" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/beantwoorden.py" line="58" />
            <source>Post (brief)</source>
            <translation>Post (letter)</translation>
        </message>
    </context>
    <context>
        <name>Betalingen</name>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="126" />
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="127" />
            <source>Betaald op {datum}</source>
            <translation>Paid on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="121" />
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="125" />
            <source>Te laat, sinds {datum}</source>
            <translation>Overdue since {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="121" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="123" />
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="126" />
            <source>Open, vervalt {datum}</source>
            <translation>Open, due {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="123" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="128" />
            <source>Betaald</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="89" />
            <source>Totaal te betalen</source>
            <translation>Total to pay</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="98" />
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="238" />
            <source>Kenmerk kopiëren</source>
            <translation>Copy reference</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="100" />
            <source>Betalingskenmerk kopiëren</source>
            <translation>Copy payment reference</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="101" />
            <source>Kopieert het betalingskenmerk van de gekozen regel (Ctrl+C)</source>
            <translation>Copies the payment reference of the selected row (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="110" />
            <source>Betalingen</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="146" />
            <source>Enter: zaak openen  ·  Ctrl+C: kenmerk kopiëren</source>
            <translation>Enter: open zaak  ·  Ctrl+C: copy reference</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="195" />
            <source>Nog te betalen: {bedrag}</source>
            <translation>Still to pay: {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="197" />
            <source>Alles betaald</source>
            <translation>All paid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="199" />
            <source>Geen betalingen</source>
            <translation>No payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="203" />
            <source>waarvan {bedrag} te laat ({n} betaling)</source>
            <translation>of which {bedrag} overdue ({n} payment)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="205" />
            <source>waarvan {bedrag} te laat ({n} betalingen)</source>
            <translation>of which {bedrag} overdue ({n} payments)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/betalingen.py" line="242" />
            <source>Zaak openen</source>
            <translation>Open zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="93" />
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="93" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="93" />
            <source>Betalingskenmerk</source>
            <translation>Payment reference</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/betalingen_model.py" line="93" />
            <source>Zaak</source>
            <translation>Zaak</translation>
        </message>
    </context>
    <context>
        <name>Bevestiging</name>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="159" />
            <location filename="../../klantbeeld/views/bevestiging.py" line="225" />
            <source>Bevestiging</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="72" />
            <source>Contactverzoek vastgelegd</source>
            <translation>Contact request recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="73" />
            <source>Antwoord vastgelegd</source>
            <translation>Answer recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="74" />
            <source>Contact vastgelegd</source>
            <translation>Contact recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="81" />
            <source>Verzonden naar Open Klant.</source>
            <translation>Sent to Open Klant.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="83" />
            <source>Referentienummer voor de inwoner: {nummer}</source>
            <translation>Reference number for the citizen: {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="89" />
            <source>Niet verzonden: de server weigerde het. Open 'Geweigerd' in de statusbalk, corrigeer en verstuur opnieuw; uw tekst is bewaard.</source>
            <translation>Not sent: the server refused it. Open 'Refused' in the status bar, correct it and send again; your text has been kept.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="93" />
            <source>Wacht op verzending. Het is veilig bewaard en gaat vanzelf naar Open Klant; het referentienummer volgt zodra het verzonden is.</source>
            <translation>Waiting to be sent. It is stored safely and goes to Open Klant by itself; the reference number follows once it has been sent.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="101" />
            <source>Voor: {wie}</source>
            <translation>For: {wie}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="103" />
            <source>Onderwerp: {onderwerp}</source>
            <translation>Subject: {onderwerp}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="105" />
            <source>geen zaak gekoppeld</source>
            <translation>no zaak linked</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="106" />
            <source>Zaak: {zaken}</source>
            <translation>Zaak: {zaken}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="109" />
            <source>onbekend team</source>
            <translation>unknown team</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="111" />
            <source>uiterlijk {wanneer}</source>
            <translation>by {wanneer} at the latest</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="113" />
            <source>op {adres}</source>
            <translation>at {adres}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="114" />
            <source>Contact opnemen: {wat}</source>
            <translation>Get in touch: {wat}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="116" />
            <source>Zeg tegen de inwoner: “{zin}.”</source>
            <translation>Tell the citizen: “{zin}.”</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="118" />
            <source>Antwoord via: {kanaal}</source>
            <translation>Answer via: {kanaal}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="121" />
            <source>De inwoner ziet het antwoord in Mijn gemeente zodra het verzonden is, meestal binnen een minuut.</source>
            <translation>The citizen sees the answer in Mijn gemeente once it has been sent, usually within a minute.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="125" />
            <source>De inwoner ziet het antwoord nu in Mijn gemeente.</source>
            <translation>The citizen now sees the answer in Mijn gemeente.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="172" />
            <source>Verzendstatus</source>
            <translation>Sending status</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="173" />
            <source>Gezien</source>
            <translation>Seen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="175" />
            <source>Bevestiging sluiten</source>
            <translation>Close confirmation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="176" />
            <source>Sluit deze bevestiging (Esc)</source>
            <translation>Close this confirmation (Esc)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/bevestiging.py" line="184" />
            <source>Wat is vastgelegd</source>
            <translation>What has been recorded</translation>
        </message>
    </context>
    <context>
        <name>Contacthistorie</name>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="33" />
            <source>BSN opnemen</source>
            <translation>Include BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="34" />
            <source>BSN opnemen in de export</source>
            <translation>Include the BSN in the export</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="36" />
            <source>Alleen als het echt nodig is: het bestand bevat dan BSN's. Bewaar het beveiligd.</source>
            <translation>Only if really needed: the file will then contain BSNs. Keep it secure.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="39" />
            <source>Exporteren (CSV)…</source>
            <translation>Export (CSV)…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="41" />
            <source>De gefilterde lijst exporteren als CSV</source>
            <translation>Export the filtered list as CSV</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="42" />
            <source>De gefilterde lijst als CSV voor Excel (Ctrl+S)</source>
            <translation>The filtered list as CSV for Excel (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="55" />
            <source>Contacthistorie exporteren</source>
            <translation>Export contact history</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="57" />
            <source>CSV voor Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/export.py" line="89" />
            <source>Let op: de export bevat dan het BSN van iedere klant. Doe dit alleen als het echt nodig is en bewaar het bestand op een beveiligde plek.</source>
            <translation>Note: the export will then contain the BSN of every customer. Only do this if really needed and keep the file in a secure place.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="78" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="81" />
            <source>Periode van</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="81" />
            <source>Periode tot en met</source>
            <translation>Period up to and including</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="86" />
            <source>Datum als dd-mm-jjjj; Alt+Omlaag opent de kalender</source>
            <translation>Date as dd-mm-yyyy; Alt+Down opens the calendar</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="89" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="97" />
            <source>Alleen kanaal {k}</source>
            <translation>Only channel {k}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="98" />
            <source>Toon alleen dit kanaal (meer kiezen kan)</source>
            <translation>Show only this channel (you can choose more)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="106" />
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="110" />
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="94" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="112" />
            <source>Medewerker</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="107" />
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="111" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="112" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="108" />
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="112" />
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="95" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="112" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="119" />
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="121" />
            <source>Zoek in onderwerp en tekst</source>
            <translation>Search in subject and text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="122" />
            <source>De lijst toont alleen contacten met deze tekst</source>
            <translation>The list shows only contacts with this text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="126" />
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="128" />
            <source>Filters wissen</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="129" />
            <source>Zet alle filters terug op alles</source>
            <translation>Sets every filter back to all</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="144" />
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/filters.py" line="146" />
            <source>Toon alleen contacten met deze waarde</source>
            <translation>Show only contacts with this value</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="48" />
            <source>Klantcontacten, nieuwste eerst</source>
            <translation>Klantcontacten, newest first</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="85" />
            <source>Onderwerp van het contact</source>
            <translation>Subject of the contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="92" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="93" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="112" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="96" />
            <source>Contact gelukt</source>
            <translation>Contact successful</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="97" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="98" />
            <source>Klant</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="99" />
            <source>Zaken en taken</source>
            <translation>Zaken and tasks</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="111" />
            <source>Inhoud van het contact</source>
            <translation>Content of the contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="112" />
            <source>De tekst van het gekozen contact, alleen lezen</source>
            <translation>The text of the chosen contact, read only</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="121" />
            <source>Open klantbeeld</source>
            <translation>Open klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="123" />
            <source>Open het klantbeeld van deze klant</source>
            <translation>Open the klantbeeld of this customer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="124" />
            <source>Open het klantbeeld van deze klant (Enter)</source>
            <translation>Open the klantbeeld of this customer (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="132" />
            <source>Kies een contact in de lijst</source>
            <translation>Choose a contact in the list</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="138" />
            <source>(geen onderwerp)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="142" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="326" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="143" />
            <source>niet vastgelegd</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="144" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="144" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="152" />
            <source>anoniem</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="158" />
            <source>{n} zaak</source>
            <translation>{n} zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="158" />
            <source>{n} zaken</source>
            <translation>{n} zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="160" />
            <source>{t} vervolgtaak</source>
            <translation>{t} follow-up task</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="160" />
            <source>{t} vervolgtaken</source>
            <translation>{t} follow-up tasks</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="162" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/lijst.py" line="171" />
            <source>Deze klant heeft geen BSN of KVK-nummer: geen klantbeeld.</source>
            <translation>This customer has no BSN or KVK number: no klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="53" />
            <source>Stand van de cijfers</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="56" />
            <source>Zelfstandig afgehandeld</source>
            <translation>Handled independently</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="57" />
            <source>Gemiddeld gesprek / nawerk</source>
            <translation>Average call / wrap-up</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="63" />
            <source>Per resultaat</source>
            <translation>Per result</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="64" />
            <source>Top 10 onderwerpen</source>
            <translation>Top 10 subjects</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="65" />
            <source>Open verzoeken, naar leeftijd</source>
            <translation>Open requests, by age</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="69" />
            <source>Over tijd</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="75" />
            <source>Open verzoeken over tijd, met wie ze heeft</source>
            <translation>Open requests overdue, with who has them</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="82" />
            <location filename="../../klantbeeld/views/models/historie_model.py" line="342" />
            <source>Open sinds</source>
            <translation>Open since</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="110" />
            <source>van {n} contacten afgehandeld bij het eerste contact</source>
            <translation>of {n} contacts handled at the first contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="115" />
            <source>geen contacten</source>
            <translation>no contacts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="120" />
            <source>over {n} van {m} contacten: alleen wat via Klantbeeld is geregistreerd</source>
            <translation>over {n} of {m} contacts: only those registered through Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="126" />
            <source>geen gemeten tijden: die zijn er alleen bij registraties via Klantbeeld</source>
            <translation>no measured times: only registrations through Klantbeeld have them</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="143" />
            <source>{n} te laat</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/overzicht.py" line="146" />
            <source>Over tijd: {n} van {m} open</source>
            <translation>Overdue: {n} of {m} open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="80" />
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="165" />
            <source>Contacthistorie</source>
            <translation>Contact history</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="85" />
            <source>De contacthistorie is alleen voor teamleiders. Uw rol is medewerker; vraag uw beheerder als u deze rol nodig hebt.</source>
            <translation>The contact history is for team leads only. Your role is agent; ask your administrator if you need this role.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="119" />
            <source>Kies tussen de lijst en het overzicht</source>
            <translation>Choose between the list and the overview</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="130" />
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="138" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="168" />
            <source>Alle klantcontacten in de gekozen periode, nieuwste eerst</source>
            <translation>All klantcontacten in the chosen period, newest first</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="171" />
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="174" />
            <source>Terug naar klantbeeld</source>
            <translation>Back to klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/scherm.py" line="173" />
            <source>Terug naar het klantbeeld (Esc)</source>
            <translation>Back to the klantbeeld (Esc)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="30" />
            <source>Aantal contacten</source>
            <translation>Number of contacts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="32" />
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="34" />
            <source>De contacten opnieuw ophalen</source>
            <translation>Fetch the contacts again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="35" />
            <source>De contacten opnieuw ophalen (F5)</source>
            <translation>Fetch the contacts again (F5)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="42" />
            <source>Voortgang van het laden</source>
            <translation>Loading progress</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="49" />
            <location filename="../../klantbeeld/views/contacthistorie/status.py" line="51" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="328" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="329" />
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="329" />
            <source>{n} dagen</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="363" />
            <source>niemand</source>
            <translation>nobody</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/verzoeken.py" line="20" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="173" />
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="270" />
            <source>Klantinteracties is niet ingesteld.</source>
            <translation>Klantinteracties is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="199" />
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="242" />
            <source>{bron} niet bereikbaar — {reden}</source>
            <translation>{bron} not reachable — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="234" />
            <source>Open verzoeken laden…</source>
            <translation>Loading open requests…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="238" />
            <source>Open verzoeken niet geladen (onderbroken).</source>
            <translation>Open requests not loaded (interrupted).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="272" />
            <source>Klantgegevens ophalen…</source>
            <translation>Fetching customer data…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="285" />
            <source>Exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="299" />
            <source>Exporteren mislukt — {reden}</source>
            <translation>Export failed — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="306" />
            <source>{n} contacten opgeslagen in {bestand}</source>
            <translation>{n} contacts saved in {bestand}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="310" />
            <source> — let op: de periode was niet volledig geladen</source>
            <translation> — note: the period was not fully loaded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="330" />
            <source>BSN's ophalen: {k} van {n}…</source>
            <translation>Fetching BSNs: {k} of {n}…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="341" />
            <source>Klantgegevens niet op te halen — {reden}</source>
            <translation>Customer data could not be fetched — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="351" />
            <source>{n} contacten geladen…</source>
            <translation>{n} contacts loaded…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="353" />
            <source>{n} contacten in deze periode</source>
            <translation>{n} contacts in this period</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="355" />
            <source>{n} contacten geladen (onvolledig)</source>
            <translation>{n} contacts loaded (incomplete)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="359" />
            <source> — {m} na filter</source>
            <translation> — {m} after filter</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="361" />
            <source> — klaar, opgehaald om {tijd}</source>
            <translation> — done, fetched at {tijd}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="365" />
            <source> — laden onderbroken; F5 haalt alles opnieuw op</source>
            <translation> — loading interrupted; F5 fetches everything again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="371" />
            <source>Opgehaald op {moment}</source>
            <translation>Fetched at {moment}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="381" />
            <source>Alle {n} contacten van {van} t/m {tot}, opgehaald om {tijd}.</source>
            <translation>All {n} contacts from {van} to {tot}, fetched at {tijd}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="390" />
            <source>Nog niet compleet: de cijfers gaan over wat tot nu toe geladen is{tot}. De periode wordt verder geladen…</source>
            <translation>Not complete yet: the figures cover what has been loaded so far{tot}. The rest of the period is loading…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="393" />
            <source> (terug tot {dag})</source>
            <translation> (back to {dag})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="396" />
            <source>Niet compleet: alleen de {n} contacten die geladen waren. Vernieuwen (F5) haalt de hele periode opnieuw op.</source>
            <translation>Not complete: only the {n} contacts that had been loaded. Refresh (F5) fetches the whole period again.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/contacthistorie.py" line="425" />
            <source>(terug tot {dag}, {p} %)</source>
            <translation>(back to {dag}, {p} %)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="25" />
            <source>vandaag of gisteren</source>
            <translation>today or yesterday</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="26" />
            <source>2–3 dagen</source>
            <translation>2–3 days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="27" />
            <source>4–7 dagen</source>
            <translation>4–7 days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="28" />
            <source>8–14 dagen</source>
            <translation>8–14 days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="29" />
            <source>15–30 dagen</source>
            <translation>15–30 days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/cijfers.py" line="30" />
            <source>ouder dan 30 dagen</source>
            <translation>older than 30 days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/rijen.py" line="28" />
            <source>Geen resultaat</source>
            <translation>No result</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/verzoeken.py" line="19" />
            <source>Contactverzoek</source>
            <translation>Contact request</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/verzoeken.py" line="64" />
            <source>onbekende actor</source>
            <translation>unknown actor</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="112" />
            <source>Datum en tijd</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="342" />
            <source>Bij wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/historie_model.py" line="342" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
    </context>
    <context>
        <name>Documenten</name>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="44" />
            <source>Onbekend</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="139" />
            <source>Niet in te zien: dit document is {niveau}.</source>
            <translation>Cannot be viewed: this document is {niveau}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="143" />
            <source>{titel} — Enter of dubbelklik om te openen</source>
            <translation>{titel} — Enter or double-click to open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="150" />
            <source>(zonder titel)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="159" />
            <source>Niet in te zien: {niveau}</source>
            <translation>Cannot be viewed: {niveau}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="75" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="75" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="75" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="75" />
            <source>Vertrouwelijkheid</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="29" />
            <source>Openbaar</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="30" />
            <source>Beperkt openbaar</source>
            <translation>Restricted public</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="31" />
            <source>Intern</source>
            <translation>Internal</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="32" />
            <source>Zaakvertrouwelijk</source>
            <translation>Zaak-confidential</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="33" />
            <source>Vertrouwelijk</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="34" />
            <source>Confidentieel</source>
            <translation>Classified</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="35" />
            <source>Geheim</source>
            <translation>Secret</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/documenten_model.py" line="36" />
            <source>Zeer geheim</source>
            <translation>Top secret</translation>
        </message>
    </context>
    <context>
        <name>Documentsoort</name>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="50" />
            <source>PDF-document</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="51" />
            <source>PNG-afbeelding</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="52" />
            <source>JPEG-afbeelding</source>
            <translation>JPEG image</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="53" />
            <source>tekstbestand</source>
            <translation>text file</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="55" />
            <source>OpenDocument-tekst</source>
            <translation>OpenDocument text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="58" />
            <source>OpenDocument-rekenblad</source>
            <translation>OpenDocument spreadsheet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="63" />
            <source>OpenDocument-presentatie</source>
            <translation>OpenDocument presentation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="68" />
            <source>Word-document</source>
            <translation>Word document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="73" />
            <source>Excel-werkblad</source>
            <translation>Excel worksheet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/documentsoort.py" line="78" />
            <source>PowerPoint-presentatie</source>
            <translation>PowerPoint presentation</translation>
        </message>
    </context>
    <context>
        <name>Documentviewer</name>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="437" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="228" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="102" />
            <source>Document opslaan</source>
            <translation>Save document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="104" />
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="119" />
            <source>Opslaan mislukt — {reden}</source>
            <translation>Saving failed — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="182" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="186" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="188" />
            <source>Paginabreedte</source>
            <translation>Page width</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="190" />
            <source>Passend op paginabreedte</source>
            <translation>Fit to page width</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="194" />
            <location filename="../../klantbeeld/views/documentviewer.py" line="360" />
            <source>Afdrukken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="194" />
            <location filename="../../klantbeeld/views/documentviewer.py" line="349" />
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="197" />
            <location filename="../../klantbeeld/views/documentviewer.py" line="434" />
            <source>Opslaan…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="197" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="210" />
            <source>Pagina's van het document</source>
            <translation>Pages of the document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="219" />
            <source>Pagina {n}</source>
            <translation>Page {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="229" />
            <source>Document sluiten</source>
            <translation>Close document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="230" />
            <source>Sluit dit venster; er blijft niets bewaard</source>
            <translation>Closes this window; nothing is kept</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="258" />
            <source>{n} pagina's</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="258" />
            <source>1 pagina</source>
            <translation>1 page</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="260" />
            <source> — de eerste {n} worden getoond</source>
            <translation> — the first {n} are shown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="331" />
            <source>PDF-documenten (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="338" />
            <source>Opgeslagen als {naam}</source>
            <translation>Saved as {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="364" />
            <source>Afdrukken: pagina {n} van {van}…</source>
            <translation>Printing: page {n} of {van}…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="368" />
            <source>1 pagina naar de printer gestuurd</source>
            <translation>1 page sent to the printer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="370" />
            <source>{n} pagina's naar de printer gestuurd</source>
            <translation>{n} pages sent to the printer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="416" />
            <source>“{titel}” ({soort}) kan hier niet getoond worden. Opslaan, of openen met het standaardprogramma?</source>
            <translation>“{titel}” ({soort}) cannot be shown here. Save it, or open it with the default program?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="421" />
            <source>Let op: “{naam}” is geen documentsoort die veilig geopend kan worden (het kan een programma zijn). U kunt het alleen opslaan; open het daarna niet als u de afzender niet vertrouwt.</source>
            <translation>Note: “{naam}” is not a document type that can be opened safely (it may be a program). You can only save it; do not open it afterwards if you do not trust the sender.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/documentviewer.py" line="431" />
            <source>Openen met standaardprogramma</source>
            <translation>Open with default program</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/documenten.py" line="133" />
            <source>de printer kon niet gestart worden</source>
            <translation>the printer could not be started</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/documenten.py" line="208" />
            <source>Afdrukken mislukt — {reden}</source>
            <translation>Printing failed — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessie.py" line="456" />
            <source>Niet in te zien: dit document is te vertrouwelijk.</source>
            <translation>Cannot be viewed: this document is too confidential.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessie.py" line="458" />
            <source>Het zaaksysteem is niet ingesteld.</source>
            <translation>The zaak system is not configured.</translation>
        </message>
    </context>
    <context>
        <name>Doelbinding</name>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="68" />
            <location filename="../../klantbeeld/views/doelbinding.py" line="69" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="34" />
            <location filename="../../klantbeeld/views/doelbinding.py" line="45" />
            <source>Doelbinding</source>
            <translation>Purpose limitation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="38" />
            <source>Waarvoor raadpleegt u de BRP?</source>
            <translation>What are you consulting the BRP for?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="47" />
            <source>Het doel waarvoor u persoonsgegevens uit de BRP bekijkt</source>
            <translation>The purpose for which you view personal data from the BRP</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="53" />
            <source>Dit geldt voor alles wat u vanaf nu in de BRP opvraagt, en staat bij elke raadpleging in het verwerkingslog. Wat al op het scherm staat, blijft staan.</source>
            <translation>This applies to everything you request from the BRP from now on, and is recorded with every consultation in the processing log. What is already on screen stays.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="64" />
            <source>Kiezen</source>
            <translation>Choose</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="65" />
            <source>Deze doelbinding kiezen</source>
            <translation>Choose this purpose limitation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="66" />
            <source>Geldt voor de volgende raadplegingen van de BRP</source>
            <translation>Applies to the next consultations of the BRP</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="70" />
            <source>De doelbinding blijft zoals hij was</source>
            <translation>The purpose limitation stays as it was</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="93" />
            <source>Doelbinding wijzigen</source>
            <translation>Change purpose limitation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="98" />
            <source>Doelbinding: {naam}</source>
            <translation>Purpose limitation: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="98" />
            <source>Doelbinding kiezen</source>
            <translation>Choose purpose limitation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/doelbinding.py" line="100" />
            <source>Waarvoor u de BRP raadpleegt; klik om te wijzigen (Ctrl+Shift+D)</source>
            <translation>What you consult the BRP for; click to change (Ctrl+Shift+D)</translation>
        </message>
    </context>
    <context>
        <name>Fouten</name>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="262" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="340" />
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="366" />
            <source>digitaal adres</source>
            <translation>digital address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/composer.py" line="184" />
            <source>Het zaaksysteem is niet ingesteld.</source>
            <translation>The zaak system is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/betalingen.py" line="78" />
            <source>betaling</source>
            <translation>payment</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="259" />
            <source>Kies eerst waarvoor u de BRP raadpleegt (de doelbinding); zonder doelbinding worden geen persoonsgegevens opgevraagd.</source>
            <translation>First choose why you consult the BRP (the purpose limitation); without one no personal data is requested.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="295" />
            <source>Doelbinding '{naam}' is niet ingesteld.</source>
            <translation>Purpose limitation '{naam}' is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="305" />
            <source>De BRP vraagt wie er kijkt, maar er is geen medewerker aangemeld.</source>
            <translation>The BRP asks who is looking, but no agent is signed in.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="327" />
            <source>het antwoord is geen object</source>
            <translation>the answer is not an object</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="330" />
            <source>'personen' is geen lijst</source>
            <translation>'personen' is not a list</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/brp.py" line="331" />
            <source>persoon</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="304" />
            <source>het antwoord is geen lijst met partijen</source>
            <translation>the answer is not a list of partijen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="307" />
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="380" />
            <source>partij</source>
            <translation>partij</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="487" />
            <source>internetaak</source>
            <translation>internetaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="493" />
            <source>actor</source>
            <translation>actor</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/klantinteracties.py" line="640" />
            <source>klantcontact</source>
            <translation>klantcontact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/kvk.py" line="217" />
            <source>Zoek op huisnummer samen met een postcode.</source>
            <translation>Search by house number together with a postcode.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/kvk.py" line="221" />
            <source>Vul een KVK-nummer, naam of adres in.</source>
            <translation>Enter a KVK number, name or address.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/kvk.py" line="228" />
            <source>het antwoord heeft geen 'resultaten'</source>
            <translation>the answer has no 'resultaten'</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/kvk.py" line="255" />
            <source>het antwoord heeft geen 'vestigingen'</source>
            <translation>the answer has no 'vestigingen'</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/zgw.py" line="410" />
            <location filename="../../klantbeeld/services/verbinding/http.py" line="863" />
            <source>het antwoord is geen lijst met resultaten</source>
            <translation>the answer is not a list of results</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/apis/zgw.py" line="430" />
            <source>het antwoord is geen lijst</source>
            <translation>the answer is not a list</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/stroom.py" line="80" />
            <source>onverwacht antwoord (pagina zonder results)</source>
            <translation>unexpected answer (page without results)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/contacthistorie/stroom.py" line="246" />
            <source>onverwacht antwoord (klantcontact)</source>
            <translation>unexpected answer (klantcontact)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/composer.py" line="231" />
            <source>geen persoon gevonden met dit BSN</source>
            <translation>no person found with this BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/composer.py" line="246" />
            <source>geen inschrijving gevonden met dit KVK-nummer</source>
            <translation>no registration found with this KVK number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/composer.py" line="440" />
            <source>Klantbeeld kon het antwoord niet verwerken (een fout in Klantbeeld, gemeld)</source>
            <translation>Klantbeeld could not process the answer (a fault in Klantbeeld, reported)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/auth.py" line="49" />
            <source>Deze bron gebruikt het toegangstoken van de medewerker, maar er is geen aanmelding ingesteld in dit profiel.</source>
            <translation>This source uses the agent's access token, but no sign-in is configured in this profile.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/errors.py" line="72" />
            <source>{bron} is niet ingesteld.</source>
            <translation>{bron} is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="227" />
            <source>de server verwees naar {adres}, buiten {eigen}; daar stuurt Klantbeeld niets heen</source>
            <translation>the server referred to {adres}, outside {eigen}; Klantbeeld sends nothing there</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="308" />
            <source>de server antwoordde niet binnen {n} s</source>
            <translation>the server did not answer within {n} s</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="314" />
            <source>het antwoord kon niet worden uitgepakt</source>
            <translation>the answer could not be decompressed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="325" />
            <source>de server antwoordde niet op tijd</source>
            <translation>the server did not answer in time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="329" />
            <source>niet bereikbaar ({soort})</source>
            <translation>not reachable ({soort})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="347" />
            <source>de server vraagt {gevraagd} s te wachten, langer dan de {budget} s die een verzoek mag duren; Klantbeeld stopt nu</source>
            <translation>the server asks to wait {gevraagd} s, longer than the {budget} s a request may take; Klantbeeld stops now</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="382" />
            <source>het antwoord is groter dan {grootte}; Klantbeeld leest het niet verder</source>
            <translation>the answer is larger than {grootte}; Klantbeeld reads no further</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="487" />
            <location filename="../../klantbeeld/services/verbinding/http.py" line="869" />
            <source>de link naar de volgende pagina is geen URL</source>
            <translation>the link to the next page is not a URL</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="554" />
            <source>het antwoord is geen geldige JSON</source>
            <translation>the answer is not valid JSON</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="566" />
            <source>geen toegang (inloggegevens of rechten)</source>
            <translation>no access (credentials or permissions)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="568" />
            <source>niet gevonden</source>
            <translation>not found</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="570" />
            <source>serverfout ({status})</source>
            <translation>server error ({status})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="572" />
            <source>verzoek geweigerd ({status})</source>
            <translation>request refused ({status})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="676" />
            <source>de lijst is te groot: {wat}; Klantbeeld leest hem niet verder. Zoek gerichter, of meld het aan de beheerder.</source>
            <translation>the list is too large: {wat}; Klantbeeld reads no further. Search more precisely, or tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="686" />
            <source>de server meldt {aantal} resultaten, hoogstens {grens} worden gelezen</source>
            <translation>the server reports {aantal} results, at most {grens} are read</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="695" />
            <source>{aantal} pagina's, hoogstens {grens} worden gelezen</source>
            <translation>{aantal} pages, at most {grens} are read</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="711" />
            <source>meer dan {grens} resultaten</source>
            <translation>more than {grens} results</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="713" />
            <source>meer dan {grens}</source>
            <translation>more than {grens}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/http.py" line="852" />
            <source>onverwacht antwoord ({wat})</source>
            <translation>unexpected answer ({wat})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="129" />
            <source>Deze bron gebruikt het token van de aangemelde medewerker; start Klantbeeld opnieuw en meld u aan om de verbinding te testen.</source>
            <translation>This source uses the token of the signed-in agent; restart Klantbeeld and sign in to test the connection.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="134" />
            <source>Vul eerst het geheim of de sleutel in.</source>
            <translation>Enter the secret or the key first.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="136" />
            <source>Vul eerst de client-id in.</source>
            <translation>Enter the client id first.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="161" />
            <source>Niet bereikbaar: {reden}</source>
            <translation>Not reachable: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="166" />
            <source>Onverwachte fout: {fout}</source>
            <translation>Unexpected error: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="168" />
            <source>De instellingen kloppen niet: {fout}</source>
            <translation>The settings are not right: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="170" />
            <source>Met dit geheim kan geen JWT gemaakt worden: {fout}</source>
            <translation>No JWT can be made with this secret: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="226" />
            <source>Verbonden ({delen})</source>
            <translation>Connected ({delen})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="239" />
            <source>De basis-URL klopt niet.</source>
            <translation>The base URL is not right.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="241" />
            <source>De basis-URL moet beginnen met https:// en een servernaam hebben.</source>
            <translation>The base URL must start with https:// and have a server name.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="244" />
            <source>Dit adres kan niet: {reden}.</source>
            <translation>This address cannot be used: {reden}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="250" />
            <source>Dit kan niet: {reden}.</source>
            <translation>This is not allowed: {reden}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="257" />
            <source>Onverwacht antwoord: doorverwezen naar {waar} ({status}) — klopt het adres?</source>
            <translation>Unexpected answer: redirected to {waar} ({status}) — is the address right?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="263" />
            <source>Onverwacht antwoord: geen JSON (maar {soort})</source>
            <translation>Unexpected answer: not JSON (but {soort})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="269" />
            <source>Onverwacht antwoord: geen '{veld}' in het antwoord — klopt de basis-URL?</source>
            <translation>Unexpected answer: no '{veld}' in the answer — is the base URL right?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="280" />
            <source>Verbonden ({duur} ms)</source>
            <translation>Connected ({duur} ms)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="288" />
            <source>de sleutel of het geheim klopt niet</source>
            <translation>the key or the secret is wrong</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="290" />
            <source>de sleutel of het geheim klopt niet, of deze sleutel heeft geen rechten</source>
            <translation>the key or the secret is wrong, or this key has no permissions</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="292" />
            <source>Geen toegang: {reden} ({code})</source>
            <translation>No access: {reden} ({code})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="296" />
            <source>{verbonden}; de proefvraag vond niets</source>
            <translation>{verbonden}; the test query found nothing</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="298" />
            <source>Niet gevonden (404): klopt de basis-URL?</source>
            <translation>Not found (404): is the base URL right?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="301" />
            <source>Serverfout ({code})</source>
            <translation>Server error ({code})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="303" />
            <source>Verzoek geweigerd ({code})</source>
            <translation>Request refused ({code})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="325" />
            <source>Time-out: geen verbinding binnen {n} s</source>
            <translation>Time-out: no connection within {n} s</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="326" />
            <source>Time-out na {n} s</source>
            <translation>Time-out after {n} s</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="332" />
            <source>verbinding geweigerd</source>
            <translation>connection refused</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="334" />
            <source>de servernaam is onbekend</source>
            <translation>the server name is unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="336" />
            <source>het certificaat klopt niet ({reden})</source>
            <translation>the certificate is not right ({reden})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="338" />
            <source>de beveiligde verbinding (TLS) mislukte</source>
            <translation>the secure connection (TLS) failed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="340" />
            <source>de basis-URL moet met https:// of http:// beginnen</source>
            <translation>the base URL must start with https:// or http://</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="342" />
            <source>de server verbrak de verbinding</source>
            <translation>the server closed the connection</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="179" />
            <source>BRP</source>
            <translation>BRP</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="180" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="181" />
            <source>Basisprofiel</source>
            <translation>Basisprofiel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="182" />
            <source>Zaken</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="183" />
            <source>Catalogi</source>
            <translation>Catalogi</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="184" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="185" />
            <source>Klantinteracties</source>
            <translation>Klantinteracties</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verbinding/verbindingstest.py" line="186" />
            <source>Betalingen</source>
            <translation>Payments</translation>
        </message>
    </context>
    <context>
        <name>Grafieken</name>
        <message>
            <location filename="../../klantbeeld/views/grafieken.py" line="95" />
            <location filename="../../klantbeeld/views/grafieken.py" line="111" />
            <source>Contacten per dag, per kanaal</source>
            <translation>Contacts per day, per channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/grafieken.py" line="199" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>Hoofdvenster</name>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="590" />
            <location filename="../../klantbeeld/views/main_window.py" line="623" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="280" />
            <source>Contacthistorie</source>
            <translation>Contact history</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="310" />
            <location filename="../../klantbeeld/views/main_window.py" line="663" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="252" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="97" />
            <source>de klant met BSN {nummer}</source>
            <translation>the customer with BSN {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="98" />
            <source>het bedrijf met KVK-nummer {nummer}</source>
            <translation>the company with KVK number {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="132" />
            <source>OEFENOMGEVING — fictieve gegevens</source>
            <translation>PRACTICE ENVIRONMENT — fictitious data</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="139" />
            <source>Oefenomgeving: alle gegevens zijn fictief</source>
            <translation>Practice environment: all data is fictitious</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="141" />
            <source>Oefenomgeving: fictieve gegevens van {}</source>
            <translation>Practice environment: fictitious data from {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="180" />
            <source>Klantbeeld</source>
            <translation>Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="196" />
            <source>Melding bij het starten</source>
            <translation>Message at start-up</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="218" />
            <source>Sessies</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="230" />
            <location filename="../../klantbeeld/views/main_window.py" line="233" />
            <source>Contact registreren</source>
            <translation>Register contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="232" />
            <source>Leg dit contact vast (Ctrl+R)</source>
            <translation>Record this contact (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="237" />
            <location filename="../../klantbeeld/views/main_window.py" line="240" />
            <source>Te beantwoorden vragen</source>
            <translation>Questions to answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="239" />
            <source>Vragen van inwoners voor mij en mijn teams (F6)</source>
            <translation>Questions from citizens for me and my teams (F6)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="243" />
            <location filename="../../klantbeeld/views/main_window.py" line="246" />
            <source>Contact beëindigen</source>
            <translation>End contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="245" />
            <source>Wist het klantbeeld van het scherm (Ctrl+E)</source>
            <translation>Clears the klantbeeld from the screen (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="251" />
            <source>Instellingen (Ctrl+,)</source>
            <translation>Settings (Ctrl+,)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="262" />
            <source>Zoek een klant om het klantbeeld te zien.</source>
            <translation>Search for a customer to see the klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="266" />
            <source>Registraties die wachten op verzending</source>
            <translation>Registrations waiting to be sent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="270" />
            <source>Geweigerde registraties bekijken</source>
            <translation>View refused registrations</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="277" />
            <source>Contacthistorie (F7)</source>
            <translation>Contact history (F7)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="279" />
            <source>Alle klantcontacten in een periode (F7)</source>
            <translation>All klantcontacten in a period (F7)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="420" />
            <source>Er zijn al {n} sessies open. Beëindig er eerst één.</source>
            <translation>There are already {n} sessions open. End one first.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="554" />
            <source>Nawerk {tijd}</source>
            <translation>Wrap-up {tijd}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="556" />
            <source>Sessie {n}</source>
            <translation>Session {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="559" />
            <source>{tekst} (Ctrl+{n})</source>
            <translation>{tekst} (Ctrl+{n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="584" />
            <source>Contact niet vastgelegd</source>
            <translation>Contact not recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="585" />
            <source>U heeft dit contact nog niet vastgelegd.</source>
            <translation>You have not recorded this contact yet.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="586" />
            <source>Eerst vastleggen, of weggooien en het contact beëindigen?</source>
            <translation>Record it first, or discard it and end the contact?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="588" />
            <location filename="../../klantbeeld/views/main_window.py" line="631" />
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="589" />
            <source>Weggooien en beëindigen</source>
            <translation>Discard and end</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="614" />
            <source>Er staat nog een klantbeeld open van {huidig}.</source>
            <translation>A klantbeeld of {huidig} is still open.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="627" />
            <source>U heeft dit contact nog niet vastgelegd. Eerst vastleggen, of weggooien, het contact beëindigen en {nieuw} openen?</source>
            <translation>You have not recorded this contact yet. Record it first, or discard it, end the contact and open {nieuw}?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="632" />
            <source>Weggooien, beëindigen en openen</source>
            <translation>Discard, end and open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="636" />
            <source>Contact beëindigen en {nieuw} openen?</source>
            <translation>End the contact and open {nieuw}?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="638" />
            <source>Contact &amp;beëindigen en openen</source>
            <translation>&amp;End contact and open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="643" />
            <source>Ander klantbeeld openen?</source>
            <translation>Open another klantbeeld?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="829" />
            <source>1 registratie wacht op verzending</source>
            <translation>1 registration waiting to be sent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="832" />
            <source>{n} registraties wachten op verzending</source>
            <translation>{n} registrations waiting to be sent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/main_window.py" line="838" />
            <source>{n} geweigerd door de server — bekijken</source>
            <translation>{n} refused by the server — view</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sessieblad.py" line="63" />
            <source>Onderdelen van het klantbeeld</source>
            <translation>Parts of the customer view</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sessieblad.py" line="39" />
            <source>Zaken</source>
            <translation>Zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sessieblad.py" line="40" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sessieblad.py" line="41" />
            <source>Betalingen</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sessieblad.py" line="42" />
            <source>Vragen en verzoeken</source>
            <translation>Questions and requests</translation>
        </message>
    </context>
    <context>
        <name>Instellingen</name>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="555" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="160" />
            <source>Gebruik van {}</source>
            <translation>Use of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="161" />
            <source>Echte server, oefenomgeving of niet gebruiken</source>
            <translation>Real server, practice environment or not used</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="164" />
            <source>Adres van {}</source>
            <translation>Address of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="165" />
            <source>Het adres van de server, beginnend met https://</source>
            <translation>The address of the server, starting with https://</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="170" />
            <source>Adressen van de API's van {}</source>
            <translation>Addresses of the APIs of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="175" />
            <source>Soort authenticatie van {}</source>
            <translation>Type of authentication of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="178" />
            <source>Client-id van {}</source>
            <translation>Client ID of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="179" />
            <source>Zoals de beheerder van de bron het gaf</source>
            <translation>As the administrator of the source gave it</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="182" />
            <source>Geheim of sleutel van {}</source>
            <translation>Secret or key of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="183" />
            <source>Wordt niet getoond en veilig bewaard</source>
            <translation>Not shown and stored safely</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="187" />
            <location filename="../../klantbeeld/views/instellingen.py" line="504" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="188" />
            <source>Time-out van {} in seconden</source>
            <translation>Time-out of {} in seconds</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="189" />
            <source>Zo lang wachten op een antwoord</source>
            <translation>How long to wait for an answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="190" />
            <source>Certificaat van de server controleren</source>
            <translation>Verify the server's certificate</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="191" />
            <source>Certificaat van {} controleren</source>
            <translation>Verify the certificate of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="192" />
            <source>Zet dit alleen uit bij een testserver</source>
            <translation>Only turn this off for a test server</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="194" />
            <location filename="../../klantbeeld/views/instellingen.py" line="417" />
            <source>Vastgelegd door de beheerder</source>
            <translation>Set by the administrator</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="196" />
            <source>Verbinding testen</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="198" />
            <source>Verbinding met {} testen</source>
            <translation>Test the connection with {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="199" />
            <source>Probeert de bron nu, zonder te bewaren</source>
            <translation>Tries the source now, without saving</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="205" />
            <source>Uitslag van de verbindingstest</source>
            <translation>Result of the connection test</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="209" />
            <source>&amp;Gebruik</source>
            <translation>&amp;Use</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="210" />
            <source>&amp;Adres</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="211" />
            <source>API's</source>
            <translation>APIs</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="212" />
            <source>A&amp;uthenticatie</source>
            <translation>A&amp;uthentication</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="216" />
            <source>G&amp;eheim</source>
            <translation>S&amp;ecret</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="221" />
            <source>&amp;Client-id</source>
            <translation>&amp;Client ID</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="226" />
            <source>&amp;Time-out</source>
            <translation>&amp;Time-out</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="313" />
            <source>{} Alleen het geheim vult u zelf in.</source>
            <translation>{} Only the secret is yours to fill in.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="317" />
            <source>Certificaten worden altijd gecontroleerd. {}</source>
            <translation>Certificates are always verified. {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="340" />
            <source>Niet gebruikt: de schermen tonen deze bron als 'niet ingesteld'.</source>
            <translation>Not used: the screens show this source as 'not configured'.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="342" />
            <source>De ingebouwde oefenomgeving, met fictieve gegevens.</source>
            <translation>The built-in practice environment, with fictitious data.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="345" />
            <source>Vul het adres van de server in, of van een van zijn API's.</source>
            <translation>Enter the address of the server, or of one of its APIs.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="355" />
            <source>Opgeslagen in de sleutelbos — leeg laten om het te houden</source>
            <translation>Stored in the keyring — leave empty to keep it</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="357" />
            <source>Nog geen geheim opgeslagen voor dit profiel</source>
            <translation>No secret stored for this profile yet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="388" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="410" />
            <source>Per bron: een echte server, uit of de oefenomgeving. Geldt na een herstart; geheimen staan alleen in de sleutelbos van dit account.</source>
            <translation>Per source: a real server, off, or the practice environment. Applies after a restart; secrets are only in this account's keyring.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="421" />
            <source>Vastgelegd door uw beheerder ({}): {}.</source>
            <translation>Set by your administrator ({}): {}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="439" />
            <source>Alleen deze profielen zijn toegestaan. {}</source>
            <translation>Only these profiles are allowed. {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="442" />
            <location filename="../../klantbeeld/views/instellingen.py" line="573" />
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="443" />
            <source>De set bronnen die u gebruikt</source>
            <translation>The set of sources you use</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="445" />
            <source>Medewerker-id</source>
            <translation>Agent ID</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="446" />
            <source>Uw id in Open Klant</source>
            <translation>Your id in Open Klant</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="448" />
            <source>Naam van de medewerker</source>
            <translation>Name of the agent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="449" />
            <source>Zoals die bij een contact komt te staan</source>
            <translation>As it will appear on a contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="454" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="455" />
            <source>Een teamleider ziet ook de contacthistorie</source>
            <translation>A team lead also sees the contact history</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="464" />
            <source>Hoger dan '{}' kan niet. {}</source>
            <translation>Higher than '{}' is not possible. {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="469" />
            <source>Hoogste vertrouwelijkheid die u mag openen</source>
            <translation>Highest confidentiality you may open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="470" />
            <source>Wat hoger is blijft dicht</source>
            <translation>Anything higher stays closed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="472" />
            <source>Zoals het systeem</source>
            <translation>As the system</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="476" />
            <source>Taal van de schermen</source>
            <translation>Language of the screens</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="477" />
            <source>Taal van de schermen; geldt na een herstart.</source>
            <translation>Language of the screens; applies after a restart.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="478" />
            <source>Medewerker en profiel</source>
            <translation>Agent and profile</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="482" />
            <source>&amp;Profiel</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="483" />
            <source>&amp;Rol</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="484" />
            <source>Hoogste &amp;vertrouwelijkheid</source>
            <translation>Highest &amp;confidentiality</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="485" />
            <source>Medewerker-&amp;id</source>
            <translation>Agent &amp;ID</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="486" />
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="487" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="499" />
            <source>Aantal sessies tegelijk</source>
            <translation>Number of sessions at once</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="500" />
            <source>1: één klant tegelijk, zonder sessietabbladen.</source>
            <translation>1: one customer at a time, without session tabs.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="505" />
            <source>geen nawerk</source>
            <translation>no wrap-up</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="507" />
            <source>Nawerk na een contact, in seconden</source>
            <translation>Wrap-up after a contact, in seconds</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="509" />
            <source>Hoelang een sessie na het einde van het contact hoogstens in nawerk blijft.</source>
            <translation>How long a session stays in wrap-up (nawerk) at most after the contact ends.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="512" />
            <source>&amp;Sessies tegelijk</source>
            <translation>&amp;Sessions at once</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="514" />
            <source>Na&amp;werk (hoogstens)</source>
            <translation>&amp;Wrap-up (at most)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="532" />
            <source>Bronnen</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="533" />
            <source>Instellingen per bron</source>
            <translation>Settings per source</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="550" />
            <source>&amp;Bewaren</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="552" />
            <source>Instellingen bewaren</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="553" />
            <source>Bewaart en sluit het venster</source>
            <translation>Saves and closes the window</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="556" />
            <source>Annuleren zonder te bewaren</source>
            <translation>Cancel without saving</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="557" />
            <source>Sluit het venster; er verandert niets</source>
            <translation>Closes the window; nothing changes</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="583" />
            <source>alleen de profielen {}</source>
            <translation>only the profiles {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="585" />
            <source>de bronnen van {}</source>
            <translation>the sources of {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="587" />
            <source>certificaten altijd controleren</source>
            <translation>always verify certificates</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="590" />
            <source>vertrouwelijkheid hoogstens {}</source>
            <translation>confidentiality at most {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="607" />
            <source>De bewaarde instellingen waren niet te lezen; u ziet de standaard. {}</source>
            <translation>The saved settings could not be read; you see the defaults. {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="657" />
            <source>Profiel vastgelegd door uw beheerder.</source>
            <translation>Profile set by your administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="659" />
            <source>Een nieuwe naam typen maakt een nieuw profiel.</source>
            <translation>Typing a new name creates a new profile.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="672" />
            <source>Bezig met testen…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="684" />
            <source>Testen kan nu niet: de app is nog niet gestart.</source>
            <translation>Cannot test now: the app has not started yet.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="709" />
            <source>Profiel '{}' is niet toegestaan.</source>
            <translation>Profile '{}' is not allowed.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="716" />
            <source>Vul het adres in, of kies 'Uit'.</source>
            <translation>Enter the address, or choose 'Off'.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="751" />
            <source>Bewaren lukte niet: {}</source>
            <translation>Saving failed: {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/instellingen.py" line="97" />
            <source>De oefenomgeving draait nu niet; na een herstart wel.</source>
            <translation>The practice environment is not running now; it will after a restart.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/instellingen.py" line="104" />
            <source> — oefenomgeving</source>
            <translation> — practice environment</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/instellingen.py" line="110" />
            <source>Vul eerst het adres in.</source>
            <translation>Enter the address first.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="180" />
            <source>elke doelbinding heeft een eigen naam</source>
            <translation>each purpose limitation has a name of its own</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="300" />
            <source>het adres begint met http://, dus sleutels en persoonsgegevens zouden onversleuteld over het netwerk gaan; gebruik https://</source>
            <translation>the address starts with http://, so keys and personal data would travel over the network unencrypted; use https://</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="305" />
            <source>certificaten worden altijd gecontroleerd; vertrouwt u een eigen certificaat, laat het dan in de certificaten van het besturingssysteem opnemen</source>
            <translation>certificates are always checked; if you trust a certificate of your own, have it added to the operating system's certificates</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="365" />
            <source>een bron die 'ingesteld' is heeft een url nodig</source>
            <translation>a source that is 'ingesteld' needs a url</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="438" />
            <source>Een profielnaam mag niet op 'oefenomgeving' eindigen; die naam is gereserveerd.</source>
            <translation>A profile name may not end in 'oefenomgeving'; that name is reserved.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="442" />
            <source>Een profielnaam is 1 tot 40 letters, cijfers, '-', '_' of '.', en begint met een letter of cijfer.</source>
            <translation>A profile name is 1 to 40 letters, digits, '-', '_' or '.', and starts with a letter or digit.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="584" />
            <source>{waarde} is geen vertrouwelijkheidaanduiding</source>
            <translation>{waarde} is not a confidentiality level</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="608" />
            <source>Vastgelegd door uw beheerder in {pad}.</source>
            <translation>Set by your administrator in {pad}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="705" />
            <source>Instellingen in {pad} zijn niet leesbaar: {fout}</source>
            <translation>Settings in {pad} cannot be read: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="708" />
            <source>Instellingen in {pad} zijn geen JSON-object.</source>
            <translation>Settings in {pad} are not a JSON object.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="712" />
            <source>Instellingen in {pad} zijn van een nieuwere versie van Klantbeeld.</source>
            <translation>Settings in {pad} are from a newer version of Klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="723" />
            <source>Instellingen in {pad} kloppen niet: {fout}</source>
            <translation>Settings in {pad} are not right: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="760" />
            <source>Profiel '{naam}' is door uw beheerder vastgelegd; uw eigen instellingen daarvoor gelden niet.</source>
            <translation>Profile '{naam}' is set by your administrator; your own settings for it do not apply.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="775" />
            <source>Profiel '{gekozen}' is op deze werkplek niet toegestaan; Klantbeeld gebruikt '{vervanger}'.</source>
            <translation>Profile '{gekozen}' is not allowed on this workstation; Klantbeeld uses '{vervanger}'.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="787" />
            <source>U mag documenten tot en met '{plafond}' openen (vastgelegd door uw beheerder).</source>
            <translation>You may open documents up to and including '{plafond}' (set by your administrator).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="798" />
            <source>Het scherm vergrendelt na {minuten} minuten zonder gebruik (vastgelegd door uw beheerder).</source>
            <translation>The screen locks after {minuten} minutes without use (set by your administrator).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="836" />
            <source>Profiel '{naam}': {bron} staat uit: {reden}.</source>
            <translation>Profile '{naam}': {bron} is off: {reden}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="849" />
            <source>Profiel '{naam}': certificaten worden altijd gecontroleerd (vastgelegd door uw beheerder).</source>
            <translation>Profile '{naam}': certificates are always checked (set by your administrator).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="853" />
            <source>Profiel '{naam}': certificaten worden altijd gecontroleerd.</source>
            <translation>Profile '{naam}': certificates are always checked.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="85" />
            <source>Ingesteld (echte server)</source>
            <translation>Configured (real server)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="86" />
            <source>Uit (niet gebruiken)</source>
            <translation>Off (do not use)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="87" />
            <source>Oefenomgeving (fictieve gegevens)</source>
            <translation>Practice environment (fictitious data)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="92" />
            <source>https://gateway.gemeente.nl of …/haalcentraal/api/brp</source>
            <translation>https://gateway.gemeente.nl or …/haalcentraal/api/brp</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="93" />
            <source>https://api.kvk.nl of https://api.kvk.nl/test/api/v2</source>
            <translation>https://api.kvk.nl or https://api.kvk.nl/test/api/v2</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="94" />
            <source>https://openzaak.gemeente.nl of …/zaken/api/v1</source>
            <translation>https://openzaak.gemeente.nl or …/zaken/api/v1</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="95" />
            <source>https://openklant.gemeente.nl of …/klantinteracties/api/v1</source>
            <translation>https://openklant.gemeente.nl or …/klantinteracties/api/v1</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="96" />
            <source>https://betalingen.gemeente.nl of …/betalingen/api/v1</source>
            <translation>https://betalingen.gemeente.nl or …/betalingen/api/v1</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="100" />
            <source>Geen</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="101" />
            <source>ZGW JWT (client-id en geheim)</source>
            <translation>ZGW JWT (client ID and secret)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="102" />
            <source>Token (Authorization: Token …)</source>
            <translation>Token (Authorization: Token …)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="103" />
            <source>KVK apikey</source>
            <translation>KVK apikey</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="104" />
            <source>API-sleutel (X-API-KEY)</source>
            <translation>API key (X-API-KEY)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="105" />
            <source>Token van de aangemelde medewerker (veiligst)</source>
            <translation>Token of the signed-in agent (safest)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="110" />
            <source>Veiligst is 'Token van de aangemelde medewerker': er staat dan geen gedeeld geheim op de werkplek, elk verzoek draagt wie er kijkt en de toegang stopt als de aanmelding verloopt. Dat vraagt een API-gateway van de gemeente en aanmelden bij Klantbeeld. Een geheim of sleutel (ZGW JWT, Token, apikey) geeft iedereen die deze werkplek gebruikt dezelfde toegang, en wie het geheim kopieert heeft die toegang ook.</source>
            <translation>Safest is 'Token of the signed-in agent': there is then no shared secret on the workstation, every request carries who is looking and access stops when the sign-in expires. That needs an API gateway of the municipality and signing in to Klantbeeld. A secret or key (ZGW JWT, Token, apikey) gives everyone who uses this workstation the same access, and whoever copies the secret has that access too.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="117" />
            <source>Medewerker</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/instellingen.py" line="117" />
            <source>Teamleider</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="91" />
            <source>BRP (Personen)</source>
            <translation>BRP (persons)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="92" />
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="93" />
            <source>KVK Handelsregister</source>
            <translation>KVK trade register</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="94" />
            <source>Zaaksysteem</source>
            <translation>Zaak system</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="95" />
            <source>Zaaktypecatalogus</source>
            <translation>Zaaktype catalogue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="96" />
            <source>Documentregistratie</source>
            <translation>Document registry</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="97" />
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="234" />
            <source>Klantinteracties</source>
            <translation>Klantinteracties</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="98" />
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="235" />
            <source>Betalingen</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="231" />
            <source>BRP</source>
            <translation>BRP</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="232" />
            <source>KVK</source>
            <translation>KVK</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/settings.py" line="233" />
            <source>Open Zaak</source>
            <translation>Open Zaak</translation>
        </message>
    </context>
    <context>
        <name>Internetaken</name>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="67" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="67" />
            <source>Contactverzoek</source>
            <translation>Contact request</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="72" />
            <source>contactverzoeken</source>
            <translation>contact requests</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="72" />
            <source>vragen</source>
            <translation>questions</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="187" />
            <source>De deadline heeft geen tijdzone.</source>
            <translation>The deadline has no time zone.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="190" />
            <source>De deadline ligt in het verleden. Kies een moment in de toekomst, bijvoorbeeld {moment}.</source>
            <translation>The deadline is in the past. Choose a moment in the future, for example {moment}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="214" />
            <source>U krijgt zo snel mogelijk een e-mail van een collega</source>
            <translation>A colleague will email you as soon as possible</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="216" />
            <source>U wordt zo snel mogelijk teruggebeld</source>
            <translation>You will be called back as soon as possible</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="220" />
            <source>U krijgt uiterlijk {datum} vóór {tijd} een e-mail van een collega</source>
            <translation>A colleague will email you by {datum}, before {tijd} at the latest</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/internetaken.py" line="223" />
            <source>U wordt uiterlijk {datum} vóór {tijd} teruggebeld</source>
            <translation>You will be called back by {datum}, before {tijd} at the latest</translation>
        </message>
    </context>
    <context>
        <name>Invoer</name>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="28" />
            <source>Alleen de cijfers 0–9 zijn toegestaan; hier staan tekens die op cijfers lijken. Typ het nummer opnieuw met gewone cijfers.</source>
            <translation>Only the digits 0–9 are allowed; this holds characters that look like digits. Type the number again with ordinary digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="33" />
            <source>De tekst bevat een onzichtbaar stuurteken. Typ hem opnieuw in plaats van hem te plakken.</source>
            <translation>The text holds an invisible control character. Type it again instead of pasting it.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="73" />
            <source>Vul een BSN in.</source>
            <translation>Enter a BSN.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="74" />
            <source>Een BSN bestaat uit 9 cijfers.</source>
            <translation>A BSN has 9 digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="76" />
            <source>Dit BSN klopt niet — controleer de cijfers</source>
            <translation>This BSN is not valid — check the digits</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="82" />
            <source>Een KVK-nummer bestaat uit 8 cijfers.</source>
            <translation>A KVK number has 8 digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="87" />
            <source>Een vestigingsnummer bestaat uit 12 cijfers.</source>
            <translation>A branch number (vestigingsnummer) has 12 digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="93" />
            <source>Dit RSIN klopt niet — controleer de cijfers.</source>
            <translation>This RSIN is not valid — check the digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="107" />
            <source>Deze postcode klopt niet — gebruik vier cijfers en twee letters, zoals 2511 AB.</source>
            <translation>This postcode is not valid — use four digits and two letters, such as 2511 AB.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="120" />
            <source>Een huisnummer is een getal van 1 tot en met 99999.</source>
            <translation>A house number is a number from 1 to 99999.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="128" />
            <source>voornaam</source>
            <translation>first name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="128" />
            <source>achternaam</source>
            <translation>surname</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="130" />
            <source>Vul een {wat} in.</source>
            <translation>Enter a {wat}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="138" />
            <source>De BRP zoekt alleen met Latijnse letters (ook met accent), spaties, punten, koppeltekens en apostroffen; dit kan niet in een {wat}: {tekens}</source>
            <translation>The BRP only searches with Latin letters (also with accents), spaces, full stops, hyphens and apostrophes; this cannot be in a {wat}: {tekens}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="145" />
            <source>Deze {wat} is te lang om mee te zoeken.</source>
            <translation>This {wat} is too long to search with.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/invoer.py" line="148" />
            <source>Zoeken met * kan pas vanaf drie letters.</source>
            <translation>Searching with * needs at least three letters.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/telefoonnummer.py" line="38" />
            <source>Dit is geen geldig telefoonnummer. Een Nederlands nummer heeft 10 cijfers en begint met 0, +31 of 0031, bijvoorbeeld 06-12345678 of 070-3533000.</source>
            <translation>This is not a valid phone number. A Dutch number has 10 digits and starts with 0, +31 or 0031, for example 06-12345678 or 070-3533000.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/telefoonnummer.py" line="42" />
            <source>De beller heeft het nummer afgeschermd. Vraag naar de naam of het BSN om de klant te vinden.</source>
            <translation>The caller's number is withheld. Ask for the name or the BSN to find the customer.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/telefoonnummer.py" line="100" />
            <source>Vul een telefoonnummer in.</source>
            <translation>Enter a phone number.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="61" />
            <source>KVK-nummer</source>
            <translation>KVK number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="62" />
            <source>Vestigingsnummer</source>
            <translation>Branch number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="63" />
            <source>Postcode en huisnummer</source>
            <translation>Postcode and house number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="64" />
            <source>Achternaam en geboortedatum</source>
            <translation>Surname and date of birth</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="65" />
            <source>Zaaknummer</source>
            <translation>Zaak number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="66" />
            <source>Telefoonnummer</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="67" />
            <source>E-mailadres</source>
            <translation>Email address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="68" />
            <source>Niet herkend</source>
            <translation>Not recognised</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="73" />
            <source>Zoek op BSN, KVK-nummer, vestigingsnummer, postcode + huisnummer, achternaam + geboortedatum, zaaknummer, telefoonnummer of e-mailadres.</source>
            <translation>Search by BSN, KVK number, branch number, postcode + house number, surname + date of birth, zaak number, phone number or email address.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="288" />
            <source>Dit e-mailadres is niet compleet.</source>
            <translation>This email address is not complete.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="299" />
            <source>Deze postcode bestaat niet.</source>
            <translation>This postcode does not exist.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="313" />
            <source>Voeg het huisnummer toe, bijvoorbeeld 2511 AB 12.</source>
            <translation>Add the house number, for example 2511 AB 12.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="324" />
            <source>Typ de achternaam en de geboortedatum, bijvoorbeeld Jansen 01-02-1980.</source>
            <translation>Type the surname and the date of birth, for example Jansen 01-02-1980.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="334" />
            <source>Deze geboortedatum bestaat niet.</source>
            <translation>This date of birth does not exist.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="338" />
            <source>Deze geboortedatum ligt in de toekomst.</source>
            <translation>This date of birth lies in the future.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="345" />
            <source>Voeg de geboortedatum toe, bijvoorbeeld {naam} 01-02-1980.</source>
            <translation>Add the date of birth, for example {naam} 01-02-1980.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="347" />
            <source>Niet herkend. {hulp}</source>
            <translation>Not recognised. {hulp}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="355" />
            <source>Dit BSN klopt niet — controleer de cijfers.</source>
            <translation>This BSN is not valid — check the digits.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="364" />
            <source>{n} cijfers is te kort: een BSN heeft 9 cijfers, een KVK-nummer 8.</source>
            <translation>{n} digits is too short: a BSN has 9 digits, a KVK number 8.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoekvraag.py" line="370" />
            <source>{n} cijfers past niet: een BSN heeft 9 cijfers, een KVK-nummer 8, een vestigingsnummer 12.</source>
            <translation>{n} digits does not fit: a BSN has 9 digits, a KVK number 8, a branch number 12.</translation>
        </message>
    </context>
    <context>
        <name>Inwoner</name>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="109" />
            <source>Wat de inwoner ziet</source>
            <translation>What the citizen sees</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="125" />
            <source>Mijn gemeente</source>
            <translation>Mijn gemeente</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="126" />
            <source>Terug naar de medewerker (F11)</source>
            <translation>Back to the agent (F11)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="128" />
            <source>Terug naar het scherm van de medewerker</source>
            <translation>Back to the agent's screen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="129" />
            <source>Ook met F11 of Esc</source>
            <translation>Also with F11 or Esc</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="139" />
            <location filename="../../klantbeeld/views/inwoner.py" line="177" />
            <source>Uw overzicht</source>
            <translation>Your overview</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="141" />
            <source>Even geduld, uw gegevens worden opgehaald…</source>
            <translation>Please wait, your data is being fetched…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="183" />
            <source>Niet alles kon worden opgehaald. Wat hier staat is niet compleet.</source>
            <translation>Not everything could be fetched. What is shown here is not complete.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="187" />
            <source>Mijn aanvragen</source>
            <translation>My applications</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="189" />
            <source>U heeft geen aanvragen.</source>
            <translation>You have no applications.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="191" />
            <source>Mijn betalingen</source>
            <translation>My payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="193" />
            <source>U heeft geen betalingen.</source>
            <translation>You have no payments.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="195" />
            <source>Mijn vragen</source>
            <translation>My questions</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="197" />
            <source>U heeft ons via het contactformulier geen vragen gesteld.</source>
            <translation>You have not asked us any questions through the contact form.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="344" />
            <source>Zaaknummer {nummer}</source>
            <translation>Zaak number {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="346" />
            <source>aangevraagd op {datum}</source>
            <translation>applied for on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="349" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="351" />
            <source>Afgerond op {datum}</source>
            <translation>Completed on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="355" />
            <source>Dit duurt langer dan gepland (tot {datum}). Wij doen ons best.</source>
            <translation>This is taking longer than planned (until {datum}). We are doing our best.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="362" />
            <source>U hoort uiterlijk {datum} van ons.</source>
            <translation>You will hear from us by {datum} at the latest.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="365" />
            <source>Wat er is gebeurd:</source>
            <translation>What has happened:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="370" />
            <source>Documenten:</source>
            <translation>Documents:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="381" />
            <source>Betalen vóór {datum}</source>
            <translation>Pay before {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="383" />
            <source>Betaald op {datum}</source>
            <translation>Paid on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="385" />
            <source>Betalingskenmerk {kenmerk}</source>
            <translation>Payment reference {kenmerk}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="392" />
            <source>Uw vraag van {datum}:</source>
            <translation>Your question of {datum}:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="397" />
            <source>Ons antwoord van {datum}:</source>
            <translation>Our answer of {datum}:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="399" />
            <source>Ons antwoord:</source>
            <translation>Our answer:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inwoner.py" line="403" />
            <source>Wij hebben uw vraag nog niet beantwoord.</source>
            <translation>We have not answered your question yet.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="63" />
            <source>Betaald</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="274" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="322" />
            <source>Betaling</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="376" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="55" />
            <source>Wij hebben uw aanvraag ontvangen.</source>
            <translation>We have received your application.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="56" />
            <source>Uw aanvraag is in behandeling.</source>
            <translation>Your application is being handled.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="57" />
            <source>Uw aanvraag is afgehandeld.</source>
            <translation>Your application has been completed.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="61" />
            <source>Nog te betalen</source>
            <translation>Still to pay</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="62" />
            <source>Nog te betalen — de betaaldatum is voorbij</source>
            <translation>Still to pay — the due date has passed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/inwonerbeeld.py" line="265" />
            <source>Aanvraag</source>
            <translation>Application</translation>
        </message>
    </context>
    <context>
        <name>Inzage</name>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="40" />
            <location filename="../../klantbeeld/views/inzage.py" line="41" />
            <location filename="../../klantbeeld/views/inzage.py" line="115" />
            <location filename="../../klantbeeld/views/inzage.py" line="118" />
            <source>Inzage verwerkingslog</source>
            <translation>Processing log access</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="46" />
            <source>Wie heeft de gegevens van deze persoon bekeken, wanneer en waarom? Deze inzage wordt zelf ook vastgelegd.</source>
            <translation>Who viewed this person's data, when and why? This access is recorded as well.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="54" />
            <location filename="../../klantbeeld/views/inzage.py" line="55" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="56" />
            <source>9 cijfers; Enter zoekt</source>
            <translation>9 digits; Enter searches</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="60" />
            <source>Opzoeken</source>
            <translation>Look up</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="62" />
            <source>Zoek de verwerkingen van dit BSN op</source>
            <translation>Look up the processing of this BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="68" />
            <source>Verwerkingen</source>
            <translation>Processing records</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="69" />
            <source>Wie wanneer de gegevens van dit BSN verwerkte</source>
            <translation>Who processed this BSN's data, and when</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="79" />
            <source>Status van de inzage</source>
            <translation>Status of the access</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/inzage.py" line="117" />
            <source>Wie heeft de gegevens van een persoon bekeken, wanneer en waarom</source>
            <translation>Who viewed a person's data, when and why</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="66" />
            <source>Er is geen logboek ingesteld om in te zien.</source>
            <translation>No log has been configured to view.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="69" />
            <source>Verwerkingen opzoeken…</source>
            <translation>Looking up processing records…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="87" />
            <source>Het logboek heeft geen verwerkingen van dit BSN.</source>
            <translation>The log has no processing records for this BSN.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="89" />
            <source>1 verwerking.</source>
            <translation>1 processing record.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="91" />
            <source>{n} verwerkingen.</source>
            <translation>{n} processing records.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/inzage.py" line="98" />
            <source>Het logboek is niet te lezen — {reden}</source>
            <translation>The log cannot be read — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/inzage_model.py" line="23" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/inzage_model.py" line="23" />
            <source>Medewerker</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/inzage_model.py" line="23" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/inzage_model.py" line="23" />
            <source>Doelbinding</source>
            <translation>Purpose limitation</translation>
        </message>
    </context>
    <context>
        <name>Journaal</name>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="90" />
            <source>Open Klant weigert {n} referentienummers na elkaar als al in gebruik; de registratie is niet verstuurd.</source>
            <translation>Open Klant refused {n} reference numbers in a row as already in use; the registration has not been sent.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="94" />
            <source>Open Klant weigert {n} referentienummers na elkaar als al in gebruik; het contactverzoek is niet verstuurd.</source>
            <translation>Open Klant refused {n} reference numbers in a row as already in use; the contact request has not been sent.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="97" />
            <source>Het contactverzoek heeft geen betrokkene voor het terugbeladres.</source>
            <translation>The contact request has no party involved to attach the callback address to.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="201" />
            <source>De sleutelbos is niet bereikbaar; het journaal kan niet versleuteld worden: {fout}</source>
            <translation>The keyring cannot be reached; the journal cannot be encrypted: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="261" />
            <source>het journaal in {pad} kan niet geopend worden: {fout}</source>
            <translation>the journal in {pad} cannot be opened: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="273" />
            <source>de sleutel van het journaal ontbreekt in de sleutelbos; de wachtende registraties zijn zonder die sleutel niet te lezen</source>
            <translation>the journal's key is missing from the keyring; the waiting registrations cannot be read without that key</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="280" />
            <source>de sleutel van het journaal is ongeldig</source>
            <translation>the journal's key is invalid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="291" />
            <source>de sleutel in de sleutelbos past niet bij dit journaal</source>
            <translation>the key in the keyring does not fit this journal</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="324" />
            <source>registratie {id} is niet te ontsleutelen</source>
            <translation>registration {id} cannot be decrypted</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="370" />
            <source>Deze registratie staat al in het journaal.</source>
            <translation>This registration is already in the journal.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="373" />
            <source>de registratie kon niet bewaard worden: {fout}</source>
            <translation>the registration could not be stored: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="428" />
            <source>Deze registratie staat niet (meer) in het journaal.</source>
            <translation>This registration is not (or no longer) in the journal.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="431" />
            <source>Alleen een geweigerde registratie kan opnieuw verzonden.</source>
            <translation>Only a refused registration can be sent again.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/journaal.py" line="495" />
            <source>registratie {id} heeft geen inhoud</source>
            <translation>registration {id} has no content</translation>
        </message>
    </context>
    <context>
        <name>Kanalen</name>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="77" />
            <source>Onbekend</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="41" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="42" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="43" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="44" />
            <source>Balie</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="45" />
            <source>Post</source>
            <translation>Mail</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="46" />
            <source>Webformulier</source>
            <translation>Web form</translation>
        </message>
    </context>
    <context>
        <name>Klantbeeld</name>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="118" />
            <location filename="../../klantbeeld/views/deelstatus.py" line="120" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="61" />
            <location filename="../../klantbeeld/views/deelstatus.py" line="81" />
            <source>{bron} is niet ingesteld</source>
            <translation>{bron} is not configured</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="63" />
            <source>Niet gevonden in {bron}</source>
            <translation>Not found in {bron}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="65" />
            <source>{bron} antwoordde niet op tijd</source>
            <translation>{bron} did not answer in time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="67" />
            <source>{bron} is niet bereikbaar</source>
            <translation>{bron} is not reachable</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="69" />
            <source>{bron} is niet bereikbaar — {melding}</source>
            <translation>{bron} is not reachable — {melding}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="82" />
            <source>{eerste} en {laatste}</source>
            <translation>{eerste} and {laatste}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="83" />
            <source>{bronnen} zijn niet ingesteld</source>
            <translation>{bronnen} are not configured</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/deelstatus.py" line="142" />
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>Kop</name>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="304" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="459" />
            <source>BSN {nummer}</source>
            <translation>BSN {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="493" />
            <source>KVK {nummer}</source>
            <translation>KVK {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="103" />
            <source>datum onbekend</source>
            <translation>date unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="136" />
            <source>geboren {datum}</source>
            <translation>born {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="139" />
            <source>{n} jaar</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="154" />
            <source>Overleden op {datum}</source>
            <translation>Deceased on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="154" />
            <source>Overleden</source>
            <translation>Deceased</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="162" />
            <source>reden onbekend</source>
            <translation>reason unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="164" />
            <source>Bijhouding opgeschort: {reden}</source>
            <translation>Record-keeping suspended: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="166" />
            <source> (sinds {datum})</source>
            <translation> (since {datum})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="170" />
            <source>Niet-ingezetene (RNI)</source>
            <translation>Non-resident (RNI)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="174" />
            <source>Woont in het buitenland</source>
            <translation>Lives abroad</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="176" />
            <source>Gegevens in onderzoek</source>
            <translation>Data under investigation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="195" />
            <source> en {n} meer</source>
            <translation> and {n} more</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="200" />
            <source>Partner: {namen}</source>
            <translation>Partner: {namen}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="202" />
            <source>Kinderen: {namen}</source>
            <translation>Children: {namen}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="234" />
            <source>telefoonnummer</source>
            <translation>phone number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="234" />
            <source>e-mailadres</source>
            <translation>email address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="235" />
            <source>digitaal adres</source>
            <translation>digital address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="241" />
            <source>{soort} kopiëren</source>
            <translation>Copy {soort}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="251" />
            <source>ingeschreven {datum}</source>
            <translation>registered {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="285" />
            <source>Klantgegevens</source>
            <translation>Customer data</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="295" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="298" />
            <source>naam uit Klantinteracties</source>
            <translation>name from Klantinteracties</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="300" />
            <source>De basisregistratie gaf geen naam; dit is de naam die in Klantinteracties staat.</source>
            <translation>The base registry gave no name; this is the name recorded in Klantinteracties.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="302" />
            <source>Bron van de naam</source>
            <translation>Source of the name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="305" />
            <location filename="../../klantbeeld/views/panels/kop.py" line="460" />
            <source>Toon BSN</source>
            <translation>Show BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="307" />
            <source>BSN tonen of verbergen (Ctrl+B)</source>
            <translation>Show or hide BSN (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="308" />
            <source>BSN tonen of verbergen</source>
            <translation>Show or hide BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="334" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="337" />
            <source>Partner en kinderen</source>
            <translation>Partner and children</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="340" />
            <source>Vestigingen</source>
            <translation>Branches</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="460" />
            <source>Verberg BSN</source>
            <translation>Hide BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="473" />
            <location filename="../../klantbeeld/views/panels/kop.py" line="548" />
            <source>Naam niet bekend</source>
            <translation>Name not known</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="483" />
            <source>Geen adres bekend</source>
            <translation>No address known</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="509" />
            <source>Inschrijving beëindigd op {datum}</source>
            <translation>Registration ended on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="518" />
            <source>Hoofdvestiging: {adres}</source>
            <translation>Head office: {adres}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="520" />
            <source>Geen adres van de hoofdvestiging bekend</source>
            <translation>No head office address known</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="528" />
            <source> (hoofdvestiging)</source>
            <translation> (head office)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="532" />
            <source>1 vestiging</source>
            <translation>1 branch</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="532" />
            <source>{n} vestigingen</source>
            <translation>{n} branches</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="557" />
            <source>Geen telefoon of e-mail bekend</source>
            <translation>No phone or email known</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="58" />
            <source>Geheimhouding: adres niet bekendmaken</source>
            <translation>Confidentiality: do not disclose the address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="63" />
            <source>emigratie</source>
            <translation>emigration</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="64" />
            <source>ministerieel besluit</source>
            <translation>ministerial decree</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="65" />
            <source>persoonslijst aangelegd in de RNI</source>
            <translation>record kept in the RNI</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/kop.py" line="66" />
            <source>fout</source>
            <translation>registered in error</translation>
        </message>
    </context>
    <context>
        <name>Kopieerbaar</name>
        <message>
            <location filename="../../klantbeeld/views/kopieerbaar.py" line="50" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/kopieerbaar.py" line="51" />
            <source>Kopieer {soort}</source>
            <translation>Copy {soort}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/kopieerbaar.py" line="88" />
            <source>Gekopieerd</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>Over</name>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="56" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="38" />
            <source>Klantbeeld</source>
            <translation>Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="34" />
            <location filename="../../klantbeeld/views/over.py" line="77" />
            <source>Over Klantbeeld</source>
            <translation>About Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="40" />
            <source>Versie {versie}</source>
            <translation>Version {versie}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="41" />
            <source>Versie van Klantbeeld</source>
            <translation>Version of Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="44" />
            <source>Werkplek voor het klantcontactcentrum van gemeenten: het klantbeeld uit de Common Ground API's.</source>
            <translation>Workstation for the customer contact centre of municipalities: the klantbeeld from the Common Ground APIs.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="49" />
            <source>Licentie: EUPL-1.2</source>
            <translation>Licence: EUPL-1.2</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="57" />
            <source>Over Klantbeeld sluiten</source>
            <translation>Close About Klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="58" />
            <source>Terug naar het hoofdvenster (Esc)</source>
            <translation>Back to the main window (Esc)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="73" />
            <source>Klantbeeld {versie}</source>
            <translation>Klantbeeld {versie}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/over.py" line="76" />
            <source>Over Klantbeeld: versie en onderdelen</source>
            <translation>About Klantbeeld: version and components</translation>
        </message>
    </context>
    <context>
        <name>Registratie</name>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="384" />
            <source> van vraag {n}</source>
            <translation> of question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="93" />
            <source>Het kanaal</source>
            <translation>The channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="94" />
            <source>Het onderwerp</source>
            <translation>The subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="95" />
            <source>De vraag</source>
            <translation>The question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="96" />
            <source>Het antwoord</source>
            <translation>The answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="97" />
            <source>De gevraagde handeling</source>
            <translation>The requested action</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="98" />
            <source>De toelichting (met de deadline)</source>
            <translation>The explanation (with the deadline)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="99" />
            <source>Het terugbeladres</source>
            <translation>The callback address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="100" />
            <source>De voornaam</source>
            <translation>The first name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="101" />
            <source>Het voorvoegsel</source>
            <translation>The surname prefix</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="102" />
            <source>De achternaam</source>
            <translation>The surname</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="103" />
            <source>De organisatienaam</source>
            <translation>The organisation name</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="145" />
            <source>Paspoort</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="146" />
            <source>ID-kaart</source>
            <translation>ID card</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="147" />
            <source>Rijbewijs</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="148" />
            <source>Verblijfsdocument</source>
            <translation>Residence document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="186" />
            <source>BSN: schrijf alleen de 9 cijfers</source>
            <translation>BSN: write only the 9 digits</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="188" />
            <source>KVK-nummer: schrijf alleen de 8 cijfers</source>
            <translation>KVK number: write only the 8 digits</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="192" />
            <source>een anonieme partij heeft geen nummer</source>
            <translation>an anonymous party has no number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="235" />
            <source>geen zaak-uuid: {waarde}</source>
            <translation>not a zaak uuid: {waarde}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="289" />
            <source>start heeft geen tijdzone</source>
            <translation>the start has no time zone</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="291" />
            <source>de identiteit wordt alleen aan de balie vastgesteld</source>
            <translation>the identity is only established at the front desk</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="295" />
            <source>een contactverzoek heeft één vraag en een contactverzoek-deel</source>
            <translation>a contact request has one question and a contact request part</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="298" />
            <source>alleen een contactverzoek heeft een contactverzoek-deel</source>
            <translation>only a contact request has a contact request part</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="301" />
            <source>een antwoord hoort bij één vraag (antwoord_op)</source>
            <translation>an answer belongs to one question (antwoord_op)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="303" />
            <source>alleen een antwoord heeft antwoord_op</source>
            <translation>only an answer has antwoord_op</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="364" />
            <source>Maak het 1 teken korter</source>
            <translation>Make it 1 character shorter</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="366" />
            <source>Maak het {n} tekens korter</source>
            <translation>Make it {n} characters shorter</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="370" />
            <source>{veld}{waar} is {lengte} tekens; Open Klant bewaart er hoogstens {limiet}.</source>
            <translation>{veld}{waar} is {lengte} characters; Open Klant keeps at most {limiet}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="374" />
            <source>{korter}, of zet de rest in een aparte vraag.</source>
            <translation>{korter}, or put the rest in a separate question.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="376" />
            <source>{korter}.</source>
            <translation>{korter}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="381" />
            <source>Kies een kanaal.</source>
            <translation>Choose a channel.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="386" />
            <source>Vul het onderwerp{waar} in.</source>
            <translation>Fill in the subject{waar}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="410" />
            <source>Het terugbelnummer is geen geldig telefoonnummer (bijvoorbeeld 0612345678 of +31612345678; geen 0800/0900-nummers).</source>
            <translation>The callback number is not a valid phone number (for example 0612345678 or +31612345678; no 0800/0900 numbers).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="415" />
            <source>Het terugbeladres is geen geldig e-mailadres.</source>
            <translation>The callback address is not a valid email address.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/registratie.py" line="420" />
            <source>Geef een terugbelnummer of e-mailadres, of zeg in de toelichting hoe de inwoner bereikt kan worden.</source>
            <translation>Give a callback number or email address, or say in the explanation how the citizen can be reached.</translation>
        </message>
    </context>
    <context>
        <name>Registreren</name>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="30" />
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="32" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="69" />
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="71" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="146" />
            <source>Medewerker</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="75" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="55" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="50" />
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="85" />
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="243" />
            <source>Contact registreren</source>
            <translation>Register contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="34" />
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="36" />
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="64" />
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="39" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="39" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="156" />
            <source>BSN {nummer}</source>
            <translation>BSN {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="158" />
            <source>KVK {nummer}</source>
            <translation>KVK {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="159" />
            <source>Anoniem</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="223" />
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="224" />
            <source>De server gaf geen reden.</source>
            <translation>The server gave no reason.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="85" />
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="239" />
            <source>Geweigerde registratie corrigeren</source>
            <translation>Correct refused registration</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="103" />
            <source>Contactverzoek maken: een collega neemt contact op</source>
            <translation>Create contact request: a colleague will get in touch</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="104" />
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="241" />
            <source>Contactverzoek maken</source>
            <translation>Create contact request</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="105" />
            <source>Een collega neemt contact op met de klant</source>
            <translation>A colleague gets in touch with the customer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="139" />
            <source>Concept hersteld: wat u eerder typte staat er weer.</source>
            <translation>Draft restored: what you typed earlier is back.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/dialoog.py" line="390" />
            <source>Gestart {tijd} · duur {duur}</source>
            <translation>Started {tijd} · duration {duur}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="40" />
            <source>Geweigerd door de server</source>
            <translation>Refused by the server</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="46" />
            <source>De server heeft deze registraties niet aangenomen. Lees de reden, corrigeer en verstuur opnieuw; er gaat niets verloren.</source>
            <translation>The server did not accept these registrations. Read the reason, correct and send again; nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="53" />
            <source>Geweigerde registraties</source>
            <translation>Refused registrations</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="56" />
            <source>Reden van de server (volledig):</source>
            <translation>Reason from the server (in full):</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="61" />
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="177" />
            <source>Reden van de server</source>
            <translation>Reason from the server</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="64" />
            <source>Er is niets geweigerd.</source>
            <translation>Nothing has been refused.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="73" />
            <location filename="../../klantbeeld/views/registreren/geweigerd.py" line="75" />
            <source>Corrigeren en opnieuw versturen</source>
            <translation>Correct and send again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="28" />
            <source>&amp;Identiteit vastgesteld</source>
            <translation>&amp;Identity established</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="29" />
            <source>Identiteit vastgesteld</source>
            <translation>Identity established</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="31" />
            <source>Vink aan als u een identiteitsbewijs heeft gezien. Het nummer wordt niet bewaard.</source>
            <translation>Tick if you have seen an identity document. The number is not stored.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="34" />
            <source>Soort identiteitsbewijs</source>
            <translation>Kind of identity document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="35" />
            <source>Kies het document</source>
            <translation>Choose the document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/identiteit.py" line="41" />
            <source>met &amp;welk document</source>
            <translation>with &amp;which document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="21" />
            <source>Anonieme beller — er is geen klantbeeld geopend</source>
            <translation>Anonymous caller — no klantbeeld is open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="52" />
            <source>Let op bij deze persoon</source>
            <translation>Take care with this person</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="70" />
            <source>Contact met</source>
            <translation>Contact with</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="76" />
            <source>Hoe de klant contact opnam</source>
            <translation>How the customer got in touch</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="77" />
            <source>&amp;Kanaal</source>
            <translation>&amp;Channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/kop.py" line="81" />
            <source>Duur van het contact</source>
            <translation>Duration of the contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="25" />
            <source>Waarom het nog niet kan</source>
            <translation>Why it cannot be done yet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="33" />
            <source>Sluiten zonder vast te leggen (Esc)</source>
            <translation>Close without recording (Esc)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="37" />
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="65" />
            <source>Vastleggen (Ctrl+Enter)</source>
            <translation>Record (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="56" />
            <source>Nog niet vast te leggen: {n} punt</source>
            <translation>Cannot be recorded yet: {n} thing to fix</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/problemen.py" line="58" />
            <source>Nog niet vast te leggen: {n} punten</source>
            <translation>Cannot be recorded yet: {n} things to fix</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/velden.py" line="132" />
            <source>{n} / {max} — {over} te veel</source>
            <translation>{n} / {max} — {over} too many</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/velden.py" line="138" />
            <source>Aantal tekens: {tekst}</source>
            <translation>Number of characters: {tekst}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="49" />
            <source>Toewijzen aan</source>
            <translation>Assign to</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="57" />
            <source>Afdelingen en medewerkers opnieuw laden</source>
            <translation>Reload departments and agents</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="60" />
            <source>&amp;Toewijzen aan</source>
            <translation>&amp;Assign to</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="66" />
            <source>Terugbelnummer of e-mailadres</source>
            <translation>Callback number or email address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="67" />
            <source>0612345678 of naam@voorbeeld.nl</source>
            <translation>0612345678 or name@example.com</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="69" />
            <source>Terugbellen &amp;op</source>
            <translation>Call back &amp;on</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="74" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="77" />
            <source>Voorstel: de termijn van het gekozen team. Pijltjestoetsen wijzigen, Tab gaat verder.</source>
            <translation>Suggestion: the term of the chosen team. Arrow keys change it, Tab moves on.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="82" />
            <source>&amp;Deadline</source>
            <translation>&amp;Deadline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="87" />
            <source>Toelichting voor wie terugbelt</source>
            <translation>Explanation for whoever calls back</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="88" />
            <source>Wat moet de collega weten? Wanneer is de klant bereikbaar?</source>
            <translation>What does the colleague need to know? When can the customer be reached?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="91" />
            <source>Toe&amp;lichting</source>
            <translation>Exp&amp;lanation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="110" />
            <source>De deadline gaat mee in de toelichting en telt mee</source>
            <translation>The deadline goes into the explanation and counts towards it</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="146" />
            <source>Afdeling of team</source>
            <translation>Department or team</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="149" />
            <source>Kies wie contact opneemt</source>
            <translation>Choose who gets in touch</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="168" />
            <source>Niet beschikbaar</source>
            <translation>Not available</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/verzoek.py" line="170" />
            <source>Afdelingen en medewerkers niet bereikbaar — {melding}</source>
            <translation>Departments and agents not reachable — {melding}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="59" />
            <source>Vraag verwijderen</source>
            <translation>Remove question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="69" />
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="73" />
            <source>Waar ging het over? Kies of typ</source>
            <translation>What was it about? Choose or type</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="70" />
            <source>Kies een onderwerp uit de lijst of typ er een</source>
            <translation>Choose a subject from the list or type one</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="79" />
            <source>&amp;Onderwerp</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="84" />
            <source>De vraag van de klant, in eigen woorden</source>
            <translation>The customer's question, in their own words</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="87" />
            <source>Wat u hebt geantwoord of afgesproken</source>
            <translation>What you answered or agreed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="90" />
            <source>&amp;Vraag</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="90" />
            <source>&amp;Antwoord of notitie</source>
            <translation>&amp;Answer or note</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="98" />
            <source>Hoe de vraag is afgehandeld; typen kan ook</source>
            <translation>How the question was handled; typing works too</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="101" />
            <source>&amp;Resultaat</source>
            <translation>&amp;Result</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="108" />
            <source>Vink de zaken aan waar de vraag over ging</source>
            <translation>Tick the zaken the question was about</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="115" />
            <source>Gekoppelde &amp;zaken (spatie = aan/uit)</source>
            <translation>Linked &amp;zaken (space = on/off)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="116" />
            <source>Geen zaken bij deze klant.</source>
            <translation>No zaken for this customer.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="152" />
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="154" />
            <source>Vraag {n}</source>
            <translation>Question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="153" />
            <source>Onderwerp van vraag {n}</source>
            <translation>Subject of question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="155" />
            <source>Antwoord of notitie bij vraag {n}</source>
            <translation>Answer or note for question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="156" />
            <source>Resultaat van vraag {n}</source>
            <translation>Result of question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="157" />
            <source>Zaken bij vraag {n}</source>
            <translation>Zaken for question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="158" />
            <source>Vraag {n} verwijderen</source>
            <translation>Remove question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vraagblok.py" line="190" />
            <source>zaak niet in dit klantbeeld</source>
            <translation>zaak not in this klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vragen.py" line="31" />
            <source>+ Nog een vraag</source>
            <translation>+ Another question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vragen.py" line="33" />
            <location filename="../../klantbeeld/views/registreren/vragen.py" line="87" />
            <source>Elke vraag wordt een eigen klantcontact (Ctrl+N)</source>
            <translation>Each question becomes its own klantcontact (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vragen.py" line="34" />
            <source>Nog een vraag toevoegen</source>
            <translation>Add another question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/registreren/vragen.py" line="85" />
            <source>Een contactverzoek hoort bij één vraag</source>
            <translation>A contact request belongs to one question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="192" />
            <source>Klantinteracties is niet ingesteld.</source>
            <translation>Klantinteracties is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="237" />
            <source>Niet vastgelegd</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="238" />
            <source>Dit contact is nog niet vastgelegd. Wat wilt u met de tekst?</source>
            <translation>This contact has not been recorded yet. What do you want to do with the text?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="240" />
            <source>Verder typen</source>
            <translation>Keep typing</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="241" />
            <source>Bewaren als concept</source>
            <translation>Keep as draft</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="242" />
            <source>Weggooien</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="272" />
            <source>Een contactverzoek hoort bij één vraag: verwijder de andere vragen, of zet het contactverzoek uit.</source>
            <translation>A contact request belongs to one question: remove the other questions, or turn the contact request off.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="277" />
            <source>Kies aan wie het contactverzoek wordt toegewezen.</source>
            <translation>Choose who the contact request is assigned to.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="279" />
            <source>Kies met welk document de identiteit is vastgesteld.</source>
            <translation>Choose the document with which the identity was established.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="282" />
            <source> van vraag {n}</source>
            <translation> of question {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="283" />
            <source>Kies het resultaat{waar}.</source>
            <translation>Choose the result{waar}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="291" />
            <source>Dit klopt nog niet: {fout}</source>
            <translation>This is not right yet: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/registratie.py" line="316" />
            <source>Niet vastgelegd — {melding}. Uw tekst staat er nog.</source>
            <translation>Not recorded — {melding}. Your text is still there.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="89" />
            <source>Zaak</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="177" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="177" />
            <source>Met</source>
            <translation>With</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/registratie_model.py" line="177" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="41" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="42" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="43" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="44" />
            <source>Balie</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="45" />
            <source>Post</source>
            <translation>Mail</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/kanalen.py" line="46" />
            <source>Webformulier</source>
            <translation>Web form</translation>
        </message>
    </context>
    <context>
        <name>Schermpop</name>
        <message>
            <location filename="../../klantbeeld/views/schermpop.py" line="75" />
            <source>{wat} — druk op F9 om te openen.</source>
            <translation>{wat} — press F9 to open.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/schermpop.py" line="77" />
            <source>Openen (F9)</source>
            <translation>Open (F9)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="49" />
            <source>Het verzoek is te groot; Klantbeeld leest het niet.</source>
            <translation>The request is too large; Klantbeeld does not read it.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="50" />
            <source>Dit is geen Klantbeeld-link: die begint met klantbeeld:</source>
            <translation>This is not a Klantbeeld link: one starts with klantbeeld:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="51" />
            <source>Het verzoek is onleesbaar.</source>
            <translation>The request cannot be read.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="52" />
            <source>Geef één verzoek tegelijk: een link, --bel of --bsn.</source>
            <translation>Give one request at a time: a link, --bel or --bsn.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="99" />
            <source>Inkomend gesprek van {nummer}</source>
            <translation>Incoming call from {nummer}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="103" />
            <source>Klantbeeld openen voor een BSN, zaak {zaak}</source>
            <translation>Open the klantbeeld for a BSN, zaak {zaak}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="105" />
            <source>Klantbeeld openen voor een BSN</source>
            <translation>Open the klantbeeld for a BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="106" />
            <source>Zaak {zaak} openen</source>
            <translation>Open zaak {zaak}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="158" />
            <source>Klantbeeld kent deze opdracht niet.</source>
            <translation>Klantbeeld does not know this command.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="166" />
            <source>Dit zaaknummer klopt niet: hoogstens 40 letters, cijfers, punten, koppel- en liggende streepjes.</source>
            <translation>This zaak number is not valid: at most 40 letters, digits, full stops, hyphens and underscores.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="188" />
            <source>Een Klantbeeld-link heeft geen deel na een #.</source>
            <translation>A Klantbeeld link has no part after a #.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="196" />
            <source>Klantbeeld kent de opdracht “{naam}” niet; wel: {bekend}.</source>
            <translation>Klantbeeld does not know the command “{naam}”; it knows: {bekend}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="206" />
            <source>In de link ontbreekt een waarde bij “{naam}”.</source>
            <translation>The link lacks a value for “{naam}”.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="209" />
            <source>“{naam}” staat twee keer in de link.</source>
            <translation>“{naam}” is in the link twice.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="213" />
            <source>De link bevat tekens die Klantbeeld niet kan lezen.</source>
            <translation>The link holds characters Klantbeeld cannot read.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="217" />
            <source>De link bevat een onbekend onderdeel: {naam}.</source>
            <translation>The link holds an unknown part: {naam}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="220" />
            <source>In de link ontbreekt {naam}= (bijvoorbeeld {voorbeeld}).</source>
            <translation>The link lacks {naam}= (for example {voorbeeld}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/schermpop.py" line="257" />
            <source>--zaak hoort bij --bsn, niet bij --bel.</source>
            <translation>--zaak goes with --bsn, not with --bel.</translation>
        </message>
    </context>
    <context>
        <name>Sessies</name>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="210" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="201" />
            <source>Nieuwe zoekopdracht</source>
            <translation>New search</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="202" />
            <source>In deze sessie zoeken of in een nieuwe?</source>
            <translation>Search in this session or in a new one?</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="204" />
            <source>In een nieuwe sessie blijft het klantbeeld van deze sessie open; in deze sessie vervangt het zoekresultaat het.</source>
            <translation>In a new session the klantbeeld of this session stays open; in this session the search result replaces it.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="208" />
            <source>&amp;Nieuwe sessie</source>
            <translation>&amp;New session</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/sessies.py" line="209" />
            <source>In &amp;deze sessie</source>
            <translation>In &amp;this session</translation>
        </message>
    </context>
    <context>
        <name>Signalen</name>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="101" />
            <source>1 zaak te laat</source>
            <translation>1 zaak overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="101" />
            <source>{n} zaken te laat</source>
            <translation>{n} zaken overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="113" />
            <source>1 zaak opgeschort</source>
            <translation>1 zaak suspended</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="113" />
            <source>{n} zaken opgeschort</source>
            <translation>{n} zaken suspended</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="122" />
            <source>1 betaling te laat: {bedrag}</source>
            <translation>1 payment overdue: {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="122" />
            <source>{n} betalingen te laat: {bedrag}</source>
            <translation>{n} payments overdue: {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="141" />
            <source>{n} {soorten}, oudste {dagen}</source>
            <translation>{n} {soorten}, oldest {dagen}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="164" />
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="176" />
            <source>Geen bijzonderheden</source>
            <translation>Nothing of note</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="280" />
            <source>Toon in het tabblad</source>
            <translation>Show in the tab</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="41" />
            <source>Voor de inwoner:</source>
            <translation>For the citizen:</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/signalen.py" line="41" />
            <source>Voor ons:</source>
            <translation>For us:</translation>
        </message>
    </context>
    <context>
        <name>Sleutelbos</name>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="36" />
            <source>Klantbeeld gebruikt Windows Referentiebeheer (Credential Manager), dat in Windows zit. Meld u aan met uw eigen Windows-account (niet als een andere gebruiker of dienst) en start Klantbeeld opnieuw; lukt het dan nog niet, vraag uw beheerder.</source>
            <translation>Klantbeeld uses Windows Credential Manager, which is part of Windows. Sign in with your own Windows account (not as another user or service) and restart Klantbeeld; if it still fails, ask your administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="42" />
            <source>Klantbeeld gebruikt de macOS-sleutelhanger (Keychain). Ontgrendel de sleutelhanger 'login' in Sleutelhangertoegang en start Klantbeeld opnieuw.</source>
            <translation>Klantbeeld uses the macOS Keychain. Unlock the 'login' keychain in Keychain Access and restart Klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="46" />
            <source>Klantbeeld heeft een beveiligde sleutelbos (Secret Service) nodig. Installeer er een, bijvoorbeeld GNOME Sleutelbos (gnome-keyring) of KWallet, zorg dat die bij het aanmelden ontgrendeld wordt, en start Klantbeeld opnieuw.</source>
            <translation>Klantbeeld needs a secure keyring (Secret Service). Install one, for example GNOME Keyring (gnome-keyring) or KWallet, make sure it is unlocked when you sign in, and restart Klantbeeld.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="71" />
            <source>Er is geen sleutelbos gevonden ({naam}).</source>
            <translation>No keyring was found ({naam}).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="73" />
            <source>De sleutelbos {naam} bewaart geheimen onversleuteld in een bestand.</source>
            <translation>The keyring {naam} keeps secrets unencrypted in a file.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="77" />
            <source>De sleutelbos {naam} is een minder veilige vervanger (keyrings.alt).</source>
            <translation>The keyring {naam} is a less secure substitute (keyrings.alt).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="83" />
            <source>De sleutelbos {naam} werkt hier niet.</source>
            <translation>The keyring {naam} does not work here.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="85" />
            <source>De sleutelbos {naam} wordt door keyring zelf afgeraden.</source>
            <translation>The keyring {naam} is advised against by keyring itself.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="111" />
            <source>Er is geen sleutelbos gevonden.</source>
            <translation>No keyring was found.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="120" />
            <source>De sleutelbos is niet bereikbaar: {fout}</source>
            <translation>The keyring cannot be reached: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/werkplek/secrets.py" line="153" />
            <source>Het geheim kon niet in de sleutelbos: {fout}</source>
            <translation>The secret could not be stored in the keyring: {fout}</translation>
        </message>
    </context>
    <context>
        <name>Sneltoetsen</name>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="215" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="85" />
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="86" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="71" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="70" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="72" />
            <source>Passend op paginabreedte</source>
            <translation>Fit to page width</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="73" />
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="74" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="75" />
            <source>Document sluiten</source>
            <translation>Close document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="62" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="46" />
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="139" />
            <source>Contact registreren</source>
            <translation>Register contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="48" />
            <source>Te beantwoorden vragen</source>
            <translation>Questions to answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="130" />
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="55" />
            <source>BSN tonen of verbergen</source>
            <translation>Show or hide BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="44" />
            <source>Naar het zoekveld</source>
            <translation>To the search field</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="45" />
            <source>Contact beëindigen: alles van het scherm wissen</source>
            <translation>End contact: clear everything from the screen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="47" />
            <source>Contactverzoek (terugbelverzoek) maken</source>
            <translation>Create contact request (callback request)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="49" />
            <source>Contacthistorie (alleen teamleiders)</source>
            <translation>Contact history (team leads only)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="50" />
            <source>Inkomend gesprek openen dat wachtte op een dialoog</source>
            <translation>Open incoming call that was waiting for a dialog</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="51" />
            <source>Naar de zaken</source>
            <translation>To the zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="52" />
            <source>Naar de tijdlijn</source>
            <translation>To the timeline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="53" />
            <source>Naar de betalingen</source>
            <translation>To the payments</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="54" />
            <source>Naar de vragen en contactverzoeken</source>
            <translation>To the questions and contact requests</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="56" />
            <source>Telefoonnummer van de klant kopiëren</source>
            <translation>Copy the customer's phone number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="57" />
            <source>E-mailadres van de klant kopiëren</source>
            <translation>Copy the customer's email address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="58" />
            <source>Klantbeeld opnieuw laden</source>
            <translation>Reload klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="60" />
            <source>Toon aan inwoner: wat de inwoner zelf ziet, en terug</source>
            <translation>Show to citizen: what the citizen sees, and back</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="63" />
            <source>Scherm vergrendelen: alle gegevens verbergen</source>
            <translation>Lock screen: hide all data</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="64" />
            <source>Doelbinding: waarvoor u de BRP raadpleegt</source>
            <translation>Purpose limitation: what you consult the BRP for</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="65" />
            <source>Dit overzicht van sneltoetsen</source>
            <translation>This overview of shortcuts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="81" />
            <source>Opnieuw laden</source>
            <translation>Reload</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="82" />
            <source>Naar de lijst met contacten</source>
            <translation>To the list of contacts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="83" />
            <source>Zoeken in de tekst</source>
            <translation>Search in the text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="84" />
            <source>Exporteren als CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="87" />
            <source>Terug naar het klantbeeld</source>
            <translation>Back to the klantbeeld</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="92" />
            <source>Naar het volgende of vorige onderdeel</source>
            <translation>To the next or previous part</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="94" />
            <source>Naar het volgende of vorige tabblad</source>
            <translation>To the next or previous tab</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="96" />
            <source>Naar een andere regel in een lijst of tabel</source>
            <translation>To another row in a list or table</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="97" />
            <source>Naar de eerste of laatste regel</source>
            <translation>To the first or last row</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="101" />
            <source>Openen: het zoekresultaat, de zaak, het document; in de tijdlijn: uit- of inklappen</source>
            <translation>Open: the search result, the zaak, the document; in the timeline: expand or collapse</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="103" />
            <source>In de lijsten en het zaakvenster: de zaak sluiten</source>
            <translation>In the lists and the zaak window: close the zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="104" />
            <source>In het zoekveld: naar de lijst met zoekresultaten</source>
            <translation>In the search field: to the list of search results</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="105" />
            <source>In de zoekresultaten: terug naar het zoekveld</source>
            <translation>In the search results: back to the search field</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="107" />
            <source>In de tijdlijn: de zaak van het contact openen</source>
            <translation>In the timeline: open the zaak of the contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="110" />
            <source>In de tijdlijn: naar de zaak van een contact en terug</source>
            <translation>In the timeline: to the zaak of a contact and back</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="112" />
            <source>In Betalingen: het betalingskenmerk kopiëren</source>
            <translation>In Payments: copy the payment reference</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="113" />
            <source>Een venster sluiten</source>
            <translation>Close a window</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="118" />
            <source>Naar de volgende sessie</source>
            <translation>To the next session</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="120" />
            <source>Naar de vorige sessie</source>
            <translation>To the previous session</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="123" />
            <source>Naar sessie {n}</source>
            <translation>To session {n}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="131" />
            <source>Nog een vraag in hetzelfde contact</source>
            <translation>Another question in the same contact</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="136" />
            <source>Overal</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="137" />
            <source>Lijsten, tabellen en panelen</source>
            <translation>Lists, tables and panels</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="138" />
            <source>Sessies (meerdere contacten tegelijk)</source>
            <translation>Sessions (several contacts at once)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="140" />
            <source>Document bekijken</source>
            <translation>View document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="141" />
            <source>Contacthistorie (teamleiders)</source>
            <translation>Contact history (team leads)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="178" />
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="184" />
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="181" />
            <source>Toets</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="181" />
            <source>Wat het doet</source>
            <translation>What it does</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="207" />
            <source> of </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="216" />
            <source>Overzicht van sneltoetsen sluiten</source>
            <translation>Close the overview of shortcuts</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/sneltoetsen.py" line="217" />
            <source>Ook met Esc</source>
            <translation>Also with Esc</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="../../klantbeeld/app.py" line="682" />
            <source>Opnieuw aanmelden</source>
            <translation>Sign in again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="160" />
            <source>Profiel '{profiel}' kan niet gebruikt worden: {reden} Klantbeeld werkt daarom op de oefenomgeving, met fictieve gegevens. {hint}</source>
            <translation>Profile '{profiel}' cannot be used: {reden} Klantbeeld therefore works on the practice environment, with fictitious data. {hint}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="244" />
            <source>Voor {bronnen} is in profiel '{profiel}' nog geen geheim of sleutel opgeslagen; vul het in bij Instellingen (Ctrl+,).</source>
            <translation>No secret or key is stored yet for {bronnen} in profile '{profiel}'; enter it in Settings (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="278" />
            <source>De sleutelbos gaf geen sleutel voor het journaal.</source>
            <translation>The keyring gave no key for the journal.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="308" />
            <source>Registreren kan niet veilig: {fout}</source>
            <translation>Registering cannot be done safely: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="312" />
            <source>Registreren kan niet: {fout}</source>
            <translation>Registering is not possible: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="342" />
            <source>Het verwerkingslog kan niet worden bijgehouden: {reden} Zonder verwerkingslog toont Klantbeeld geen persoonsgegevens; meld het aan uw beheerder.</source>
            <translation>The processing log cannot be kept: {reden} Without a processing log Klantbeeld shows no personal data; tell your administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="350" />
            <source>Er is geen medewerker bekend (aanmelden of Instellingen, Ctrl+,); zonder medewerker kan het verwerkingslog niets vastleggen.</source>
            <translation>No agent is known (sign in, or Settings, Ctrl+,); without an agent the processing log cannot record anything.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="391" />
            <source>Aanmelden kan niet: {fout} Klantbeeld werkt daarom op de oefenomgeving.</source>
            <translation>Signing in is not possible: {fout} Klantbeeld therefore works on the practice environment.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="398" />
            <source>Aanmelden is niet gelukt: {fout} Klantbeeld werkt daarom op de oefenomgeving, met fictieve gegevens.</source>
            <translation>Signing in failed: {fout} Klantbeeld therefore works on the practice environment, with fictitious data.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="410" />
            <source>{fout} Klantbeeld werkt daarom op de oefenomgeving.</source>
            <translation>{fout} Klantbeeld therefore works on the practice environment.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="663" />
            <source>U bent weer aangemeld.</source>
            <translation>You are signed in again.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/app.py" line="732" />
            <source>Een schermpop van de telefonie is geweigerd: {reden}</source>
            <translation>A screen pop from the telephony was refused: {reden}</translation>
        </message>
    </context>
    <context>
        <name>Statusstappen</name>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="294" />
            <source>Afgerond op {datum}</source>
            <translation>Completed on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="202" />
            <source>Stappen van de zaak</source>
            <translation>Steps of the zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="234" />
            <source>Voor dit zaaktype zijn geen stappen bekend.</source>
            <translation>No steps are known for this zaak type.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="261" />
            <source>(naamloze stap)</source>
            <translation>(unnamed step)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="293" />
            <source>Afgerond</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="296" />
            <source>Huidige stap, opgeschort</source>
            <translation>Current step, suspended</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="296" />
            <source>Huidige stap</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="299" />
            <source>{nu} · sinds {datum}</source>
            <translation>{nu} · since {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="304" />
            <source>{verwacht} · de inwoner krijgt dan bericht</source>
            <translation>{verwacht} · the citizen will then be notified</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/statusstappen.py" line="305" />
            <source>De inwoner krijgt bij deze stap bericht</source>
            <translation>The citizen is notified at this step</translation>
        </message>
    </context>
    <context>
        <name>Tabel</name>
        <message>
            <location filename="../../klantbeeld/views/tabel.py" line="35" />
            <source>Tabel: ga met de pijltoetsen door de rijen.</source>
            <translation>Table: move through the rows with the arrow keys.</translation>
        </message>
    </context>
    <context>
        <name>Tijdlijn</name>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="63" />
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="150" />
            <source>Zaak</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="64" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="65" />
            <source>Betaling</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="66" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="67" />
            <source>Terugbellen</source>
            <translation>Call back</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="68" />
            <source>Overig</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="75" />
            <source>Zaak gestart: {naam}</source>
            <translation>Zaak started: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="76" />
            <source>Nieuwe status: {naam}</source>
            <translation>New status: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="77" />
            <source>Document toegevoegd: {naam}</source>
            <translation>Document added: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="78" />
            <source>Zaak afgesloten: {naam}</source>
            <translation>Zaak closed: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="79" />
            <source>Te betalen: {naam} {bedrag}</source>
            <translation>To pay: {naam} {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="80" />
            <source>Niet op tijd betaald: {naam} {bedrag}</source>
            <translation>Not paid on time: {naam} {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="81" />
            <source>Betaald: {naam} {bedrag}</source>
            <translation>Paid: {naam} {bedrag}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="82" />
            <source>Vraag uitgezet: {naam}</source>
            <translation>Question assigned: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="83" />
            <source>Vraag afgehandeld: {naam}</source>
            <translation>Question handled: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="84" />
            <source>Terugbelverzoek uitgezet: {naam}</source>
            <translation>Callback request assigned: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="85" />
            <source>Terugbelverzoek afgehandeld: {naam}</source>
            <translation>Callback request handled: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="138" />
            <source>Vervaldatum {datum}</source>
            <translation>Due date {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="273" />
            <source>uitgeklapt</source>
            <translation>expanded</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="273" />
            <source>ingeklapt</source>
            <translation>collapsed</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="276" />
            <source>Zaak {id} openen</source>
            <translation>Open zaak {id}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="127" />
            <source>Medewerker: {naam}</source>
            <translation>Agent: {naam}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="365" />
            <source>Filter op onderwerp, tekst of zaak</source>
            <translation>Filter on subject, text or zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="366" />
            <source>Tijdlijn filteren op tekst</source>
            <translation>Filter the timeline by text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="367" />
            <source>De tijdlijn toont alleen regels met deze tekst</source>
            <translation>The timeline shows only lines with this text</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="393" />
            <source>Alleen {groep} tonen</source>
            <translation>Show only {groep}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="394" />
            <source>Filter aan of uit; meer kiezen kan</source>
            <translation>Filter on or off; you can choose more than one</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="403" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="404" />
            <source>Nieuwste eerst; Enter klapt een regel uit</source>
            <translation>Newest first; Enter expands a line</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="431" />
            <source>Enter of spatie: hele tekst  ·  → en Enter (of Ctrl+Enter): zaak openen</source>
            <translation>Enter or space: full text  ·  → and Enter (or Ctrl+Enter): open zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="548" />
            <source>{n} items</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="550" />
            <source>{n} van {totaal} items</source>
            <translation>{n} of {totaal} items</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="554" />
            <source>Niets gevonden met dit filter.</source>
            <translation>Nothing found with this filter.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/tijdlijn.py" line="554" />
            <source>Nog niets in de tijdlijn.</source>
            <translation>Nothing in the timeline yet.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="150" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="150" />
            <source>Kanaal of soort</source>
            <translation>Channel or kind</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/tijdlijn_model.py" line="150" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
    </context>
    <context>
        <name>Treffers</name>
        <message>
            <location filename="../../klantbeeld/views/models/treffers_model.py" line="38" />
            <source>Treffer</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/treffers_model.py" line="32" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/treffers_model.py" line="32" />
            <source>Bedrijf</source>
            <translation>Company</translation>
        </message>
    </context>
    <context>
        <name>Vergrendeling</name>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="63" />
            <source>Klantbeeld — vergrendeld</source>
            <translation>Klantbeeld — locked</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="74" />
            <source>Klantbeeld is vergrendeld</source>
            <translation>Klantbeeld is locked</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="81" />
            <source>Opnieuw aanmelden</source>
            <translation>Sign in again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="81" />
            <source>Ontgrendelen</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="86" />
            <source>Meld u aan in de browser en ga verder waar u was; uw werk is bewaard (Enter)</source>
            <translation>Sign in in the browser and carry on where you were; your work is saved (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="88" />
            <source>Ga verder waar u was; uw werk is bewaard (Enter)</source>
            <translation>Carry on where you were; your work is saved (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="100" />
            <source>Er wacht een inkomend gesprek. Ontgrendel en druk op F9 om het te openen.</source>
            <translation>An incoming call is waiting. Unlock and press F9 to open it.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="125" />
            <source>Uw aanmelding is verlopen. Meld u opnieuw aan om verder te werken.</source>
            <translation>Your sign-in has expired. Sign in again to continue working.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="127" />
            <source>Meld u opnieuw aan om verder te werken. Uw werk is bewaard.</source>
            <translation>Sign in again to continue working. Your work has been kept.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="130" />
            <source>Kies Ontgrendelen of druk op Enter om verder te werken. Uw werk is bewaard.</source>
            <translation>Choose Unlock or press Enter to continue working. Your work has been kept.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/vergrendeling.py" line="139" />
            <source>Meld u aan in het browservenster dat nu opent…</source>
            <translation>Sign in in the browser window that opens now…</translation>
        </message>
    </context>
    <context>
        <name>Verwachting</name>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="230" />
            <source>Opgeschort: nog geen datum te verwachten</source>
            <translation>Suspended: no date to expect yet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="233" />
            <source>Opgeschort: de termijn staat stil (was: vóór {datum})</source>
            <translation>Suspended: the term stands still (was: by {datum})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="235" />
            <source>Verwacht vóór {datum} (verlopen)</source>
            <translation>Expected by {datum} (passed)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="236" />
            <source>Verwacht vóór {datum}</source>
            <translation>Expected by {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="244" />
            <source>de geplande einddatum van de zaak</source>
            <translation>the zaak's planned end date</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="245" />
            <source>de uiterlijke einddatum van de zaak</source>
            <translation>the zaak's final deadline</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="246" />
            <source>de startdatum plus de doorlooptijd van het zaaktype</source>
            <translation>the start date plus the zaak type's lead time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="247" />
            <source>de startdatum plus de doorlooptijd van deze stap</source>
            <translation>the start date plus this step's lead time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="250" />
            <source>Berekend uit {bron}, met de verlenging.</source>
            <translation>Calculated from {bron}, with the extension.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="252" />
            <source>Berekend uit {bron}; de zaak is verlengd.</source>
            <translation>Calculated from {bron}; the zaak was extended.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/verwachting.py" line="253" />
            <source>Berekend uit {bron}.</source>
            <translation>Calculated from {bron}.</translation>
        </message>
    </context>
    <context>
        <name>Verwerkingslog</name>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/instelling.py" line="61" />
            <source>Het logboek kan niet gebruikt worden: {reden}.</source>
            <translation>The log cannot be used: {reden}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/instelling.py" line="74" />
            <source>Voor profiel '{profiel}' is geen pseudoniemsleutel voor het verwerkingslog opgeslagen; zonder die sleutel toont Klantbeeld geen persoonsgegevens. Vraag uw beheerder.</source>
            <translation>No pseudonym key for the processing log is stored for profile '{profiel}'; without that key Klantbeeld shows no personal data. Ask your administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="43" />
            <source>Deze gegevens worden niet getoond: de raadpleging kon niet worden vastgelegd in het verwerkingslog, en zonder die vastlegging mag Klantbeeld ze niet laten zien. Probeer het opnieuw; lukt het niet, meld het dan aan uw beheerder.</source>
            <translation>This data is not shown: the consultation could not be recorded in the processing log, and without that record Klantbeeld may not show it. Try again; if that fails, report it to your administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="122" />
            <source>het verwerkingslog in {pad} opent niet: {fout}</source>
            <translation>the processing log in {pad} does not open: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="130" />
            <source>de sleutel van het verwerkingslog is ongeldig</source>
            <translation>the processing log's key is invalid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="144" />
            <source>de sleutel in de sleutelbos past niet bij dit verwerkingslog</source>
            <translation>the key in the keyring does not fit this processing log</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="169" />
            <source>schrijven mislukt: {fout}</source>
            <translation>writing failed: {fout}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/journaal.py" line="232" />
            <source>verwerking {id} is niet te ontsleutelen</source>
            <translation>processing record {id} cannot be decrypted</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/lezer.py" line="58" />
            <source>Onbekende verwerking</source>
            <translation>Unknown processing</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/lezer.py" line="69" />
            <source>onverwacht antwoord (dataverwerking)</source>
            <translation>unexpected answer (processing record)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/lezer.py" line="75" />
            <source>een dataverwerking zonder starttijd</source>
            <translation>a processing record without a start time</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/lezer.py" line="78" />
            <source>(niet vastgelegd)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/lezer.py" line="104" />
            <source>het antwoord is geen lijst van dataverwerkingen</source>
            <translation>the answer is not a list of processing records</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/vastlegging.py" line="76" />
            <source>onvolledig: {velden}</source>
            <translation>incomplete: {velden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/vastlegging.py" line="149" />
            <source>geen geldig BSN: {melding}</source>
            <translation>not a valid BSN: {melding}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="63" />
            <source>Klantbeeld geopend</source>
            <translation>Klantbeeld opened</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="64" />
            <source>BSN getoond</source>
            <translation>BSN shown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="65" />
            <source>Document geopend</source>
            <translation>Document opened</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="66" />
            <source>Vraag beantwoord</source>
            <translation>Question answered</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="67" />
            <source>Contacthistorie geëxporteerd (met BSN)</source>
            <translation>Contact history exported (with BSN)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/verwerkingslog/verwerking.py" line="68" />
            <source>Verwerkingen ingezien</source>
            <translation>Processing records viewed</translation>
        </message>
    </context>
    <context>
        <name>Vragen</name>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="102" />
            <location filename="../../klantbeeld/views/panels/vragen.py" line="105" />
            <source>Beantwoorden</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="61" />
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="72" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="74" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="76" />
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="77" />
            <source>{n} dagen</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="63" />
            <source>sinds vandaag</source>
            <translation>since today</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="65" />
            <source>wacht 1 dag</source>
            <translation>waiting 1 day</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="66" />
            <source>wacht {n} dagen</source>
            <translation>waiting {n} days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="211" />
            <source> — te laat</source>
            <translation> — overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="218" />
            <source>Kopiëren: Ctrl+C of rechtermuisknop</source>
            <translation>Copy: Ctrl+C or right mouse button</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="73" />
            <source>Geen open vragen of contactverzoeken.</source>
            <translation>No open questions or contact requests.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="80" />
            <source>Open vragen en contactverzoeken</source>
            <translation>Open questions and contact requests</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="90" />
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Toegewezen aan</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="98" />
            <source>Toelichting van de gekozen vraag</source>
            <translation>Explanation of the chosen question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="104" />
            <source>Beantwoord de gekozen vraag (Enter)</source>
            <translation>Answer the chosen question (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="189" />
            <source>Terugbelnummer gekopieerd</source>
            <translation>Callback number copied</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/vragen.py" line="197" />
            <source>Terugbelnummer kopiëren</source>
            <translation>Copy callback number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Terugbellen op</source>
            <translation>Call back on</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="186" />
            <source>Wacht</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="98" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/vragen_model.py" line="98" />
            <source>Afgehandeld</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>Werkvoorraad</name>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="119" />
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="121" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="77" />
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="80" />
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="92" />
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="94" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="66" />
            <source>Te beantwoorden vragen</source>
            <translation>Questions to answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="113" />
            <source> — te laat</source>
            <translation> — overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="61" />
            <source>Inwoner</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="79" />
            <source>Haal de vragen opnieuw op (F5)</source>
            <translation>Fetch the questions again (F5)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="90" />
            <source>Status van de lijst</source>
            <translation>Status of the list</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="102" />
            <source>Te beantwoorden vragen, oudste eerst</source>
            <translation>Questions to answer, oldest first</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="122" />
            <source>Sluit de werkvoorraad</source>
            <translation>Closes the work queue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="126" />
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="129" />
            <source>Openen en beantwoorden</source>
            <translation>Open and answer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="128" />
            <source>Open het klantbeeld en beantwoord de vraag (Enter)</source>
            <translation>Open the klantbeeld and answer the question (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="256" />
            <source>Vragen van inwoners voor {wie}. Oudste eerst; Enter opent de vraag.</source>
            <translation>Questions from citizens for {wie}. Oldest first; Enter opens the question.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="262" />
            <source>Stel bij Instellingen uw naam en teams in om hun vragen te zien.</source>
            <translation>Set your name and teams in Settings to see their questions.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="276" />
            <source>Geen vragen te beantwoorden.</source>
            <translation>No questions to answer.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="278" />
            <source>1 vraag</source>
            <translation>1 question</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/werkvoorraad.py" line="280" />
            <source>{n} vragen</source>
            <translation>{n} questions</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/werkvoorraad.py" line="53" />
            <source>Klantinteracties is niet ingesteld.</source>
            <translation>Klantinteracties is not configured.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/werkvoorraad.py" line="94" />
            <source>{bron} niet bereikbaar — {reden}</source>
            <translation>{bron} not reachable — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/werkvoorraad.py" line="55" />
            <source>Vragen laden…</source>
            <translation>Loading questions…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/registraties/werkvoorraad.py" line="194" />
            <source>onverwacht antwoord (klantcontact)</source>
            <translation>unexpected answer (klantcontact)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="86" />
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="86" />
            <source>Wacht</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="86" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="86" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/werkvoorraad_model.py" line="86" />
            <source>Toegewezen aan</source>
            <translation>Assigned to</translation>
        </message>
    </context>
    <context>
        <name>Zaakdetail</name>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="310" />
            <source>Opnieuw proberen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="558" />
            <source>Niet in te zien: dit document is {niveau}.</source>
            <translation>Cannot be viewed: this document is {niveau}.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="85" />
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="85" />
            <source>{n} dagen</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="422" />
            <source>uiterlijk {d}</source>
            <translation>by {d} at the latest</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="82" />
            <source>{n} jaar</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="82" />
            <source>1 jaar</source>
            <translation>1 year</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="83" />
            <source>1 maand</source>
            <translation>1 month</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="83" />
            <source>{n} maanden</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="84" />
            <source>1 week</source>
            <translation>1 week</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="84" />
            <source>{n} weken</source>
            <translation>{n} weeks</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="92" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="105" />
            <source>Termijn verstreken: deze zaak had uiterlijk {datum} klaar moeten zijn ({dagen} dagen te laat).</source>
            <translation>Term expired: this zaak should have been done by {datum} ({dagen} days overdue).</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="111" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="115" />
            <source>geen reden opgegeven</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="112" />
            <source>Opgeschort — reden: {reden}</source>
            <translation>Suspended — reason: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="117" />
            <source>Verlengd met {duur} — reden: {reden}</source>
            <translation>Extended by {duur} — reason: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="119" />
            <source>Verlengd — reden: {reden}</source>
            <translation>Extended — reason: {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="128" />
            <source>Afgesloten op {datum}</source>
            <translation>Closed on {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="130" />
            <source> — resultaat: {resultaat}</source>
            <translation> — result: {resultaat}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="258" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="531" />
            <source>Kies een zaak om de stappen en documenten te zien</source>
            <translation>Choose a zaak to see the steps and documents</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="266" />
            <source>Zaakdetail</source>
            <translation>Zaak detail</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="282" />
            <source>Zaaktype</source>
            <translation>Zaak type</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="287" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="288" />
            <source>Zaak sluiten</source>
            <translation>Close zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="294" />
            <source>Omschrijving van de zaak</source>
            <translation>Description of the zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="312" />
            <source>Zaakdetail opnieuw laden</source>
            <translation>Reload zaak detail</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="317" />
            <source>Stappen</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="321" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="455" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="325" />
            <source>Documenten van de zaak</source>
            <translation>Documents of the zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="326" />
            <source>Enter opent het gekozen document</source>
            <translation>Enter opens the chosen document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="340" />
            <source>Document openen</source>
            <translation>Open document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="343" />
            <source>Gekozen document openen</source>
            <translation>Open the chosen document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="344" />
            <source>Toont het document in een eigen venster</source>
            <translation>Shows the document in a window of its own</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="352" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="356" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="460" />
            <source>Contacten over deze zaak</source>
            <translation>Contacts about this zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="365" />
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="368" />
            <source>Statushistorie</source>
            <translation>Status history</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="415" />
            <source>gestart {d}</source>
            <translation>started {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="418" />
            <source>gepland klaar {d}</source>
            <translation>planned done {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="455" />
            <source>Documenten ({n})</source>
            <translation>Documents ({n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="458" />
            <source>Contacten over deze zaak ({n})</source>
            <translation>Contacts about this zaak ({n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="467" />
            <source>Geen contacten over deze zaak.</source>
            <translation>No contacts about this zaak.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="470" />
            <source>Nog geen statushistorie.</source>
            <translation>No status history yet.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="478" />
            <source>Geen documenten bij deze zaak.</source>
            <translation>No documents for this zaak.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="491" />
            <source>Datums, documenten en contacten laden…</source>
            <translation>Loading dates, documents and contacts…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="493" />
            <source>Zaaksysteem niet bereikbaar — de details van deze zaak ontbreken.</source>
            <translation>Zaak system not reachable — the details of this zaak are missing.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="497" />
            <source>Niet alles kon geladen worden — {reden}</source>
            <translation>Not everything could be loaded — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="525" />
            <source>De zaken konden niet geladen worden; zie het tabblad Zaken.</source>
            <translation>The zaken could not be loaded; see the Zaken tab.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="527" />
            <source>Het zaaksysteem is niet ingesteld: er zijn geen zaken te zien.</source>
            <translation>The zaak system is not configured: there are no zaken to show.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaakdetail.py" line="529" />
            <source>Zoek een klant; kies dan een zaak om de stappen te zien.</source>
            <translation>Search for a customer; then choose a zaak to see the steps.</translation>
        </message>
    </context>
    <context>
        <name>Zaken</name>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="407" />
            <source>(geen onderwerp)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/zaakdetail.py" line="80" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="60" />
            <source>Status laden…</source>
            <translation>Loading status…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="62" />
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="64" />
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="356" />
            <source>Onbekende status</source>
            <translation>Unknown status</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="65" />
            <source>Nog geen status</source>
            <translation>No status yet</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="72" />
            <source>Onbekend zaaktype</source>
            <translation>Unknown zaak type</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="214" />
            <source>afgerond {d}</source>
            <translation>completed {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="215" />
            <source>uiterlijk {d}</source>
            <translation>by {d} at the latest</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="218" />
            <source>te laat</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="220" />
            <source>opgeschort</source>
            <translation>suspended</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="220" />
            <source>verlengd</source>
            <translation>extended</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="224" />
            <source>gepland {d}</source>
            <translation>planned {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="245" />
            <source>{tekst}
Intern: {intern}</source>
            <translation>{tekst}
Internal: {intern}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="252" />
            <source>Gepland klaar: {d}</source>
            <translation>Planned done: {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="254" />
            <source>Uiterlijk klaar: {d}</source>
            <translation>Done at the latest: {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="256" />
            <source> (uit de doorlooptijd van het zaaktype)</source>
            <translation> (from the zaak type's lead time)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="259" />
            <source>Afgerond: {d}</source>
            <translation>Completed: {d}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="261" />
            <source>De uiterlijke einddatum is verstreken.</source>
            <translation>The final due date has passed.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="154" />
            <source>Toon alleen deze zaken in de lijst</source>
            <translation>Show only these zaken in the list</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="166" />
            <source>Zaken van de klant</source>
            <translation>Zaken of the customer</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="261" />
            <source>Zoek een klant om de zaken te zien.</source>
            <translation>Search for a customer to see the zaken.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="263" />
            <source>Geen zaken bekend bij deze klant.</source>
            <translation>No zaken known for this customer.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="266" />
            <source>Geen open zaken.</source>
            <translation>No open zaken.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="268" />
            <source>Geen afgesloten zaken.</source>
            <translation>No closed zaken.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="285" />
            <source>A&amp;lle ({n})</source>
            <translation>A&amp;ll ({n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="285" />
            <source>Alle zaken</source>
            <translation>All zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="286" />
            <source>&amp;Open ({n})</source>
            <translation>&amp;Open ({n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="286" />
            <source>Open zaken</source>
            <translation>Open zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="287" />
            <source>A&amp;fgesloten ({n})</source>
            <translation>C&amp;losed ({n})</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/panels/zaken.py" line="287" />
            <source>Afgesloten zaken</source>
            <translation>Closed zaken</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/zaakdetail.py" line="74" />
            <source>Document niet te openen — {reden}</source>
            <translation>Document cannot be opened — {reden}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/controllers/zaakdetail.py" line="81" />
            <source>“{titel}” ophalen…</source>
            <translation>Fetching “{titel}”…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="124" />
            <source>Zaak</source>
            <translation>Zaak</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="124" />
            <source>Zaaknummer</source>
            <translation>Zaak number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="124" />
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="124" />
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="321" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="124" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="321" />
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="377" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="321" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="377" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/models/zaken_model.py" line="377" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
    </context>
    <context>
        <name>Zoekbalk</name>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="139" />
            <source>BSN, KVK, postcode + huisnr, naam, zaak, telefoon…</source>
            <translation>BSN, KVK, postcode + house no., name, zaak, phone…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="142" />
            <source>Zoek op BSN, KVK, postcode + huisnr, naam + geboortedatum, zaaknr, telefoon of e-mail</source>
            <translation>Search by BSN, KVK, postcode + house no., name + date of birth, zaak no., phone or email</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="146" />
            <location filename="../../klantbeeld/views/zoekbalk.py" line="170" />
            <location filename="../../klantbeeld/views/zoekbalk.py" line="172" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="158" />
            <source>Herkende zoeksoort</source>
            <translation>Recognised search type</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="165" />
            <source>Zoeken…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="167" />
            <source>Bezig met zoeken</source>
            <translation>Searching</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="173" />
            <source>Zoeken (Enter)</source>
            <translation>Search (Enter)</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="180" />
            <source>Melding bij het zoeken</source>
            <translation>Message from the search</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="200" />
            <source>Gevonden klanten</source>
            <translation>Customers found</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="202" />
            <source>Kies met pijl omhoog en omlaag, open met Enter, sluit met Escape</source>
            <translation>Choose with arrow up and down, open with Enter, close with Escape</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="299" />
            <source>Herkend: {}</source>
            <translation>Recognised: {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="319" />
            <source>Typ eerst wat u zoekt. {}</source>
            <translation>Type what you are looking for first. {}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="349" />
            <source>1 klant gevonden</source>
            <translation>1 customer found</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="349" />
            <source>{} klanten gevonden</source>
            <translation>{} customers found</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="351" />
            <source>kies met ↓ ↑ en Enter, Esc sluit</source>
            <translation>choose with ↓ ↑ and Enter, Esc closes</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="53" />
            <source>BSN klopt niet</source>
            <translation>BSN not valid</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/views/zoekbalk.py" line="55" />
            <source>Vreemde tekens</source>
            <translation>Unusual characters</translation>
        </message>
    </context>
    <context>
        <name>Zoeken</name>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="298" />
            <source>geboren {datum}</source>
            <translation>born {datum}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="136" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="90" />
            <source>Let op: {bronnen} niet bereikbaar; de lijst is misschien niet compleet.</source>
            <translation>Note: {bronnen} not reachable; the list may be incomplete.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="92" />
            <source>Let op: {melding} De lijst is misschien niet compleet.</source>
            <translation>Note: {melding} The list may be incomplete.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="98" />
            <source>Niets gevonden voor {soort} “{tekst}”.</source>
            <translation>Nothing found for {soort} “{tekst}”.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="109" />
            <source>het BSN</source>
            <translation>the BSN</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="110" />
            <source>de achternaam</source>
            <translation>the surname</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="111" />
            <source>de voornamen</source>
            <translation>the first names</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="112" />
            <source>de geboortedatum</source>
            <translation>the date of birth</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="113" />
            <source>de postcode</source>
            <translation>the postcode</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="114" />
            <source>het huisnummer</source>
            <translation>the house number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="115" />
            <source>de huisletter</source>
            <translation>the house letter</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="116" />
            <source>de toevoeging</source>
            <translation>the house number addition</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="117" />
            <source>het KVK-nummer</source>
            <translation>the KVK number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="118" />
            <source>het vestigingsnummer</source>
            <translation>the branch number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="119" />
            <source>het zaaknummer</source>
            <translation>the zaak number</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="120" />
            <source>het telefoonnummer of e-mailadres</source>
            <translation>the phone number or email address</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="136" />
            <source>de zoekvraag</source>
            <translation>the search</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="138" />
            <source>{bron} weigert deze zoekvraag: {wat} klopt niet. Controleer wat u typte en pas het aan.</source>
            <translation>{bron} refuses this search: {wat} is not valid. Check what you typed and correct it.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="144" />
            <source>Zoeken lukte niet: {bronnen} geeft geen toegang. Controleer de instellingen of vraag de beheerder.</source>
            <translation>The search failed: {bronnen} gives no access. Check the settings or ask the administrator.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="147" />
            <source>Zoeken lukte niet: {bronnen} niet bereikbaar. Probeer het opnieuw.</source>
            <translation>The search failed: {bronnen} not reachable. Try again.</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="158" />
            <source>bron</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="300" />
            <source>geboortedatum onbekend</source>
            <translation>date of birth unknown</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="303" />
            <source>adres geheim</source>
            <translation>address confidential</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="307" />
            <source>overleden</source>
            <translation>deceased</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="337" />
            <source>Aanvrager</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="337" />
            <source>Betrokkene</source>
            <translation>Party involved</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="338" />
            <source>{wie} van zaak {zaak}</source>
            <translation>{wie} of zaak {zaak}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="348" />
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="367" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="357" />
            <source>Bedrijf</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="365" />
            <source>bekend met {adres}</source>
            <translation>on record with {adres}</translation>
        </message>
        <message>
            <location filename="../../klantbeeld/services/klantbeeld/zoeken.py" line="369" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
    </context>
</TS>
