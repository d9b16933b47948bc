/**
 * Dutch, the pane's default language: the texts of the frame and of the first view (Vandaag). They
 * ship in the pane's first download; the later views' texts are in nlViews.ts, a chunk of its own
 * that arrives with the first later view (i18n/index.tsx). Both objects together are the
 * catalogue's type, so the English file must provide every key (a missing one fails the type-check).
 */
import type { nlViews } from './nlViews';

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nl = {
  app: {
    title: 'Klant Inzicht',
    navLabel: 'Onderdelen',
    moreLabel: 'Meer',
    moreMenu: 'Meer acties en instellingen',
    loading: 'Werkmap lezen…',
    reload: 'Opnieuw lezen',
    refreshSort: 'Sorteer werkmap',
    refreshSortDone: 'Werkmap bijgewerkt en gesorteerd.',
    loadFailed: 'De werkmap kon niet gelezen worden',
    oldExcel: 'Deze versie van Excel is te oud voor Klant Inzicht',
    oldExcelAction:
      'Klant Inzicht heeft ExcelApi 1.9 nodig (Excel 2019, Microsoft 365 of Excel op het web). Werk Office bij via Bestand > Account > Bijwerkopties, of open de werkmap in Excel op het web.',
    loadFailedAction:
      'Controleer of de werkmap niet in bewerkmodus staat (druk op Enter of Esc in de cel) en kies "Opnieuw lezen".',
    rowProblems: (n: number) =>
      `${plural(n, 'rij', 'rijen')} in de werkmap ${n === 1 ? 'kon' : 'konden'} niet gelezen worden`,
    rowProblemsAction: 'Deze rijen tellen niet mee tot u ze verbetert. Er wordt niets verwijderd.',
    crashTitle: 'Dit onderdeel liep vast',
    crashAction:
      'Uw werkmap is niet gewijzigd. Kies "Opnieuw proberen"; blijft het misgaan, sluit dan het paneel en open het opnieuw.',
    retry: 'Opnieuw proberen',
    needsSetup: 'Deze werkmap is nog niet ingericht voor Klant Inzicht.',
    needsSetupAction:
      'Ga naar "Werkmap inrichten" om de tabellen aan te maken of uw bestaande tabellen te koppelen.',
    goSetup: 'Werkmap inrichten',
  },
  views: {
    setup: 'Werkmap inrichten',
    today: 'Vandaag',
    overview: 'Overzicht',
    invoices: 'Facturen',
    customer: 'Klantkaart',
    newInvoice: 'Nieuwe factuur',
    payment: 'Betaling registreren',
    dispute: 'Geschil',
    arrangement: 'Betalingsregeling',
    reminder: 'Herinnering',
    settings: 'Instellingen',
    bankImport: 'Bankafschrift verwerken',
    importInvoices: 'Facturen inlezen (UBL)',
    repair: 'Tekst omzetten',
  },
  common: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen in de werkmap.',
    writeFailed: 'Opslaan is niet gelukt',
    writeFailedAction: 'Uw invoer staat er nog. Controleer de melding, los het op en kies opnieuw "Opslaan".',
    fixFields: 'Nog niet opgeslagen: verbeter de gemarkeerde velden.',
    customer: 'Klant',
    chooseCustomer: 'Kies een klant',
    invoice: 'Factuur',
    chooseInvoice: 'Kies een factuur',
    amount: 'Bedrag',
    date: 'Datum',
    dueDate: 'Vervaldatum',
    invoiceDate: 'Factuurdatum',
    open: 'Openstaand',
    note: 'Notitie',
    optional: '(optioneel)',
    none: '—',
    days: (n: number) => plural(n, 'dag', 'dagen'),
    daysLate: (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'} te laat`,
    showTable: 'Toon als tabel',
    hideTable: 'Verberg tabel',
    noData: 'Nog geen gegevens.',
    badDate: 'Vul een datum in (dd-mm-jjjj).',
    badAmountPositive: 'Vul een bedrag groter dan nul in.',
    requiredField: 'Dit veld is verplicht.',
    whatToDo: 'Wat nu:',
    errorDetail: 'Details',
    openCustomer: 'Klantkaart',
  },
  status: {
    open: 'Open',
    'due-today': 'Vervalt vandaag',
    overdue: 'Te laat',
    'partly-paid': 'Deels betaald',
    'paid-on-time': 'Op tijd betaald',
    'paid-late': 'Te laat betaald',
    disputed: 'Betwist',
    'in-arrangement': 'Betalingsregeling',
    credited: 'Gecrediteerd',
    'written-off': 'Afgeschreven',
    'credit-note': 'Creditnota',
  },
  steps: {
    friendly: 'Vriendelijke herinnering',
    second: 'Tweede herinnering',
    final: 'Aanmaning',
    collection: 'Naar incasso',
  },
  dunning: {
    due: (step: string) => `Nu: ${step}`,
    waiting: (step: string, date: string) => `${step} op ${date}`,
    paused: 'Gepauzeerd',
    pausedDisputed: 'Gepauzeerd (geschil)',
    pausedArrangement: 'Gepauzeerd (regeling loopt)',
    sentToday: 'Vandaag verstuurd',
    completed: 'Ladder afgerond',
    notApplicable: 'Geen actie',
  },
  today: {
    remindersDue: 'Herinneringen om te versturen',
    noReminders: 'Vandaag hoeft er geen herinnering de deur uit.',
    invoicesInGroup: (n: number) => plural(n, 'factuur', 'facturen'),
    prepare: 'Opstellen',
    prepareFor: (step: string, customer: string) => `${step} opstellen voor ${customer}`,
    missed: 'Gemiste termijnen',
    missedLine: (invoice: string, date: string, amount: string) =>
      `Factuur ${invoice}: termijn van ${date} (${amount} tekort)`,
    disputes: 'Geschillen die lang wachten',
    disputeLine: (invoice: string, days: number) => `Factuur ${invoice}: al ${days} dagen betwist`,
    disputeAction: 'Bekijk het geschil',
    bankNudge: 'Betalingen bijwerken',
    bankNudgeNever:
      'Er zijn nog geen betalingen verwerkt. Registreer ontvangen betalingen, dan kloppen de herinneringen.',
    bankNudgeDays: (days: number, date: string) =>
      `De laatste betalingen zijn ${days} dagen geleden verwerkt (${date}). Registreer eerst nieuwe betalingen, zodat niemand onterecht een herinnering krijgt.`,
    registerPayment: 'Betaling registreren',
    importStatement: 'Bankafschrift verwerken',
    allQuiet: 'Niets dringends vandaag.',
    ratesOutdated: 'Wettelijke rente mogelijk verouderd',
    ratesOutdatedBody: (date: string) =>
      `De rentetabel loopt tot en met ${date}. Rente over latere dagen rekent met het laatst bekende percentage. Voeg elk nieuw percentage (handelsrente en wettelijke rente, per 1 januari of 1 juli) met de bron toe bij Instellingen; in het werkblad Instellingen zijn dat de rijen rate.N.kind, rate.N.from, rate.N.percent en rate.N.source.`,
    ratesOutdatedOpen: 'Percentage toevoegen',
    cardError: 'Dit bericht kan niet worden opgesteld',
    invoiceAtStage: (invoice: string, stage: string) => `${invoice} (${stage})`,
    stillRunning: 'termijn loopt nog',
    notJudged: (invoice: string) => `Factuur ${invoice} kon niet worden beoordeeld`,
  },
};

export type Messages = typeof nl & typeof nlViews;
