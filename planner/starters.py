"""The conversation starters a new plan begins with, in each language the window speaks.

English ones come with the schema (``planner.schema``, the step that made the table);
a plan made in another language begins with that language's instead. They are written for
the small businesses that use the app (a bakery, a bike shop), not translated word by word.
"""

from __future__ import annotations

from planner.model import ContentType

C, V = ContentType.CONVERSATION, ContentType.VALUE

STARTERS: dict[str, tuple[tuple[ContentType, str], ...]] = {
    "it": (
        (C, "Fai una domanda: qual è il vostro ... preferito, e perché?"),
        (C, "Lancia un sondaggio: meglio questo o quello?"),
        (
            C,
            "Dietro le quinte: mostra come nasce quello che vendi e chiedi cosa vorrebbero "
            "vedere la prossima volta",
        ),
        (C, "Chiedi la loro esperienza: come usate quello che avete preso da noi?"),
        (C, "Completa la frase: «La mia domenica perfetta comincia con ___»"),
        (C, "Fai scegliere a loro: il nome del nuovo prodotto (o il suo colore)"),
        (
            C,
            "Domande e risposte: raccogli le domande e rispondi a tutte in un post la "
            "settimana dopo",
        ),
        (
            C,
            "Le foto dei clienti: chiedi una foto con quello che hanno preso da voi e "
            "ripubblica le più belle",
        ),
        (
            C,
            "Ringrazia un cliente affezionato (con il suo permesso) e chiedi chi altro ringraziare",
        ),
        (
            V,
            "Un consiglio pratico da usare subito: come conservare il pane, come gonfiare "
            "le gomme della bici",
        ),
        (V, "La storia di un cliente: come lo avete aiutato, raccontata con le sue parole"),
        (V, "Rispondi per bene a una domanda che ti fanno spesso"),
        (V, "Un errore comune nel tuo mestiere, e come evitarlo"),
        (V, "Presenta la squadra: chi fa cosa, e cosa ama del proprio lavoro"),
        (V, "Un consiglio di quartiere: una bottega vicina che ti piace, e perché"),
        (V, "Una guida breve o una lista di controllo da salvare"),
    ),
}
