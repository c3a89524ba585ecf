"""Seed 000 as sample data: roles and responsibilities in an e-commerce project."""

from __future__ import annotations

from orgchart.model import Sourcing
from orgchart.templates import NAMES, Text
from orgchart.templates.spec import NO_LEAD_HOD, ChartSpec, LinkSpec, RoleSpec, TeamSpec, join_texts

# ------------------------------------------------------------------------------------------------
# Seed 000: roles and responsibilities in an e-commerce project
# ------------------------------------------------------------------------------------------------

_SITE_BASICS: tuple[Text, ...] = (
    ("Site nach Projektanforderungen erstellen und anpassen", "Build and customise the site to requirements"),
    ("Payment-Gateway-Integration", "Payment gateway integration"),
    ("Social Media", "Social media"),
    ("Filter", "Filters"),
    ("Sortierungsregeln", "Sorting rules"),
    ("Kundeninteraktion mit der Site", "Customer interaction with the site"),
    ("Inhalt", "Content"),
    ("Kategorien", "Categories"),
    ("Preise", "Prices"),
    ("Bestand", "Stock"),
)
_MOBILE_FIRST: tuple[Text, ...] = (("Mobile-First-Erfahrung", "Mobile-first experience"),)

_SME_DUTIES: tuple[Text, ...] = (
    ("Festlegen, was umsetzbar ist und wie", "Decide what can be built, and how"),
    ("Anforderungen im Detail prüfen", "Check requirements in detail"),
    ("Richtlinien, Best Practices und Standards einhalten", "Keep to guidelines, best practices, standards"),
    ("Berichterstellung", "Reporting"),
    ("Präsentationen", "Presentations"),
    ("Interessengruppen verwalten", "Manage stakeholders"),
)
_SME_NOTES: Text = (
    "KMU steht hier für Subject Matter Expert (Fachexperte). Ein Projekt kann mehrere KMU haben, "
    "eines funktional, eines technisch; manchmal sind sie zugleich Projektmanager.",
    "SME: subject-matter expert. A project may have several, one functional and one technical; "
    "sometimes they double as project manager.",
)

PROJECT_ROLES = ChartSpec(
    name=NAMES["ecommerce-project-roles"],
    teams=(
        TeamSpec(
            "team-digital",
            None,
            "#3d5a80",
            ("Digital", "Digital"),
            (
                "Der Leiter Digital verwaltet die E-Commerce-Operationen und überwacht jedes Team.",
                "The Head of Digital manages e-commerce operations and oversees every team.",
            ),
        ),
        TeamSpec(
            "team-ecommerce",
            "team-digital",
            "#2a9d8f",
            ("E-Commerce-Team", "E-commerce team"),
            (
                "Die E-Commerce-KMU leiten das Projekt hinsichtlich dessen, was umgesetzt werden kann "
                "und wie es funktionieren muss.",
                "The e-commerce SMEs lead the project on what can be built and how it must work.",
            ),
        ),
        TeamSpec(
            "team-it",
            "team-ecommerce",
            "#4f8fc0",
            ("IT-Team", "IT team"),
            join_texts(
                (
                    "Entwickler sitzen normalerweise im E-Commerce-Team (so hier), manchmal in einem "
                    "separaten IT-Team; auch die Tester gehören dazu.",
                    "Developers usually sit in the e-commerce team (as here), sometimes in a separate "
                    "IT team; the testers belong to it too.",
                ),
                NO_LEAD_HOD,
            ),
        ),
        TeamSpec(
            "team-marketing",
            "team-digital",
            "#e07a5f",
            ("Marketing", "Marketing"),
            (
                "Marketing bringt Traffic auf die Site und stimmt Kampagnen und Promotions mit allen "
                "Teams ab.",
                "Marketing brings traffic to the site and aligns campaigns and promotions with all teams.",
            ),
        ),
        TeamSpec(
            "team-content",
            "team-marketing",
            "#f2a65a",
            ("Inhaltsteam", "Content team"),
            (
                "Das Content-Team befindet sich im Marketing-Team, im E-Commerce-Team oder ist "
                "unabhängig; hier sitzt es im Marketing und berichtet an den Marketing-Manager.",
                "The content team sits in marketing, in the e-commerce team or on its own; here it "
                "sits in marketing and reports to the marketing manager.",
            ),
        ),
        TeamSpec(
            "team-warehouse",
            "team-digital",
            "#aa7722",
            ("Warehouse-Team", "Warehouse team"),
            join_texts(
                (
                    "Die physische Welt hinter dem Online-Erlebnis: Bestandsverwaltung, Verpackung "
                    "und Versand, mit internem oder externem Team.",
                    "The physical world behind the online experience: inventory, packing and "
                    "shipping, with an in-house or external team.",
                ),
                NO_LEAD_HOD,
            ),
        ),
        TeamSpec(
            "team-customer-service",
            "team-digital",
            "#9c6ade",
            ("Kundendienstteam", "Customer service team"),
            (
                "Das einzige Team, das täglich direkten Kontakt mit den Kunden der Site hat.",
                "The only team in daily, direct contact with the customers who shop on the site.",
            ),
        ),
    ),
    roles=(
        RoleSpec(
            "head-of-digital",
            "team-digital",
            None,
            ("Leiter Digital", "Head of Digital"),
            (
                ("E-Commerce-Operationen verwalten", "Manage e-commerce operations"),
                ("Alle Teams überwachen", "Oversee every team"),
                ("Verträge verwalten", "Manage contracts"),
                ("Partnerschaften", "Partnerships"),
                ("Strategie definieren", "Define strategy"),
                ("Budgetierung", "Budgeting"),
                ("Produkte und Einkäufe überwachen", "Oversee products and purchasing"),
                (
                    "Zentraler Ansprechpartner für alle Interessengruppen",
                    "Central contact for all stakeholders",
                ),
            ),
            skills=(("E-Commerce-Kenntnisse (B2B, B2C, D2C)", "E-commerce knowledge (B2B, B2C, D2C)"),),
            notes=(
                "Abteilungsleiter; in einigen Unternehmen überwacht er auch die Marketingaufgaben.",
                "Head of the department; in some companies also oversees marketing.",
            ),
        ),
        RoleSpec(
            "ecommerce-sme-functional",
            "team-ecommerce",
            "head-of-digital",
            ("E-Commerce-KMU, funktional", "E-commerce SME (functional)"),
            (("Funktionale Seite der Teams führen", "Lead the functional side of the teams"),) + _SME_DUTIES,
            notes=_SME_NOTES,
        ),
        RoleSpec(
            "ecommerce-sme-technical",
            "team-ecommerce",
            "head-of-digital",
            ("E-Commerce-KMU, technisch", "E-commerce SME (technical)"),
            (("Technische Seite der Teams führen", "Lead the technical side of the teams"),) + _SME_DUTIES,
            notes=_SME_NOTES,
        ),
        RoleSpec(
            "ecommerce-business-analyst",
            "team-ecommerce",
            "head-of-digital",
            ("E-Commerce Business Analyst", "E-commerce business analyst"),
            (
                (
                    "Bindeglied zwischen Unternehmen und E-Commerce-/IT-Teams",
                    "Link between business and e-commerce/IT teams",
                ),
                ("Anforderungen und Zeitpläne verfolgen", "Keep up with requirements and schedules"),
                ("Aufgaben zuweisen und nachfassen", "Assign tasks and follow up"),
                ("Site nach Projektanforderungen aufbauen", "Build the site to project requirements"),
                ("Kundenfragen beantworten", "Answer customer questions"),
                ("Arbeitsaufwand der Entwickler senken", "Reduce developers' workload"),
            ),
            skills=(
                ("Multitasking", "Multitasking"),
                ("Gründliche Kenntnis der Shop-Plattform", "Thorough knowledge of the site's platform"),
            ),
        ),
        RoleSpec(
            "frontend-developer",
            "team-it",
            "head-of-digital",
            ("Frontend-Entwickler", "Front-end developer"),
            (("Frontend der Site entwickeln", "Develop the site's front end"),) + _SITE_BASICS,
            skills=_MOBILE_FIRST,
        ),
        RoleSpec(
            "backend-developer",
            "team-it",
            "head-of-digital",
            ("Backend-Entwickler", "Back-end developer"),
            (("Backend der Site entwickeln", "Develop the site's back end"),) + _SITE_BASICS,
            skills=_MOBILE_FIRST,
        ),
        RoleSpec(
            "full-stack-developer",
            "team-it",
            "head-of-digital",
            ("Full-Stack-Entwickler", "Full-stack developer"),
            (("Frontend und Backend entwickeln", "Develop front end and back end"),) + _SITE_BASICS,
            skills=_MOBILE_FIRST,
        ),
        RoleSpec(
            "qa-tester",
            "team-it",
            "head-of-digital",
            ("Tester", "QA tester"),
            (
                ("Jedes mögliche Fehlerszenario testen", "Test every scenario that could break the site"),
                ("Fehler vor dem Start finden", "Find bugs before launch"),
                (
                    "Inkonsistenzen und Leistungsprobleme senken",
                    "Reduce inconsistencies and performance issues",
                ),
            ),
        ),
        RoleSpec(
            "marketing-manager",
            "team-marketing",
            "head-of-digital",
            ("Marketing-Manager", "Marketing manager"),
            (
                ("Traffic zur Site anziehen", "Attract traffic to the site"),
                ("Marketingstrategien erstellen", "Create marketing strategies"),
                ("Branchentrends verfolgen", "Keep up with industry trends"),
                (
                    "Konversionsrate, Warenkorb und Promotions (ROI)",
                    "Conversion rate, cart and promotions (ROI)",
                ),
                (
                    "E-Mail, Druck, Web, Social Media, Influencer",
                    "E-mail, print, web, social media, influencers",
                ),
                ("SEO und SEM", "SEO and SEM"),
                ("Kampagnen mit allen Teams abstimmen", "Align campaigns with all teams"),
                ("Treueprogramme", "Loyalty programmes"),
                ("Prämienpunkte", "Reward points"),
                ("Geschenkgutscheine", "Gift cards"),
            ),
            notes=(
                "SEO und SEM können intern oder von einem Drittanbieter erledigt werden.",
                "SEO and SEM can be handled in-house or by a third party.",
            ),
        ),
        RoleSpec(
            "content-manager",
            "team-content",
            "marketing-manager",
            ("Content-Verantwortliche(r)", "Content manager"),
            (
                ("Inhalte organisieren", "Organise content"),
                ("Fehlerhafte Inhalte beheben", "Fix broken content"),
                ("Inhalte aktualisieren", "Keep content up to date"),
                ("Inhalte vereinfachen", "Simplify content"),
                ("Kategorie- und Produktseiten", "Category and product pages"),
                ("Inhalte erstellen, testen und optimieren", "Create, test and optimise content"),
            ),
        ),
        RoleSpec(
            "logistics-manager",
            "team-warehouse",
            "head-of-digital",
            ("Logistikmanager", "Logistics manager"),
            (
                ("Bestellungen korrekt verpacken", "Orders packed correctly"),
                ("Sicherer Transport zum Kunden", "Safe transport to the customer"),
                ("Team und Flotte verwalten", "Manage team and fleet"),
                ("Richtige Weise, Adresse und Zeit", "Right way, right address, right time"),
            ),
            notes=(
                "Das Logistikteam kann intern oder extern sein; der Logistikmanager führt es in "
                "beiden Fällen.",
                "The logistics team may be in-house or external; the logistics manager runs it either way.",
            ),
        ),
        RoleSpec(
            "inventory-manager",
            "team-warehouse",
            "head-of-digital",
            ("Inventarmanager", "Inventory manager"),
            (
                (
                    "Bestand in einem oder mehreren Lagern überwachen",
                    "Monitor stock in one or more warehouses",
                ),
                ("Bestellte Produkte versenden", "Ship the products that were ordered"),
                ("Korrekte Produktverpackung überwachen", "Check correct product packaging"),
            ),
            sourcing=Sourcing.OUTSOURCED,
            notes=(
                "Der Text lässt das Warehouse-Team intern oder extern zu; hier beim externen "
                "Logistikdienstleister gezeigt.",
                "The text allows an in-house or external warehouse team; shown here at an "
                "external logistics provider.",
            ),
        ),
        RoleSpec(
            "customer-service-agent",
            "team-customer-service",
            "head-of-digital",
            ("Kundendienstmitarbeiter", "Customer service agent"),
            (
                ("Anrufe beantworten", "Answer calls"),
                ("Live-Chat", "Live chat"),
                ("Chatbots verwalten", "Manage chatbots"),
                ("Fragen und Anliegen beantworten", "Answer questions and concerns"),
                ("Retouren bearbeiten", "Process returns"),
                ("Bestand bei Retouren abstimmen", "Reconcile stock for returns"),
                ("Bestellstatus mit dem Warehouse prüfen", "Check order status with the warehouse"),
                ("Promotions mit Marketing prüfen", "Check promotions with marketing"),
                ("Einblicke aus Kundenfeedback teilen", "Share insights from customer feedback"),
            ),
            notes=(
                "Der Text nennt keine Leitung des Kundendienstteams; berichtet an den Leiter Digital.",
                "The text names no lead of the customer service team; reports to the Head of Digital.",
            ),
        ),
    ),
    links=(
        LinkSpec("marketing-manager", "head-of-digital", ("Kampagnen abstimmen", "Align campaigns")),
        LinkSpec(
            "marketing-manager",
            "ecommerce-sme-functional",
            ("Kampagnen und Promotions", "Campaigns and promotions"),
        ),
        LinkSpec("marketing-manager", "customer-service-agent", ("Promotions", "Promotions")),
        LinkSpec(
            "marketing-manager", "inventory-manager", ("Lagerbestand für Promotions", "Stock for promotions")
        ),
        LinkSpec("customer-service-agent", "logistics-manager", ("Bestellstatus", "Order status")),
    ),
)
