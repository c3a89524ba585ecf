"""Seed 002 as sample data: e-commerce team structure in five departments."""

from __future__ import annotations

from orgchart.model import Sourcing
from orgchart.templates import NAMES
from orgchart.templates.spec import NO_LEAD_ECM, ChartSpec, LinkSpec, RoleSpec, TeamSpec, join_texts

# ------------------------------------------------------------------------------------------------
# Seed 002: e-commerce team structure in five departments
# ------------------------------------------------------------------------------------------------

DEPARTMENTS = ChartSpec(
    name=NAMES["ecommerce-departments"],
    teams=(
        TeamSpec(
            "team-business-development",
            None,
            "#3d5a80",
            ("Geschäftsentwicklung und Strategie", "Business development and strategy"),
            (
                "Geleitet vom E-Commerce-Manager; konzentriert sich auf Wachstum und Gesamtstrategie.",
                "Led by the e-commerce manager; focuses on growth and the overall strategy.",
            ),
        ),
        TeamSpec(
            "team-marketing",
            None,
            "#e07a5f",
            ("Marketing", "Marketing"),
            (
                "Zuständig für die Öffentlichkeitsarbeit; sorgt dafür, dass Kunden in den Online-Shop "
                "kommen und bleiben.",
                "In charge of outreach; brings customers to the online shop and keeps them there.",
            ),
        ),
        TeamSpec(
            "team-technology",
            None,
            "#2a9d8f",
            ("Technik", "Technology"),
            join_texts(
                (
                    "Das Rückgrat, das dafür sorgt, dass der Onlineshop reibungslos läuft.",
                    "The backbone that keeps the online shop running smoothly.",
                ),
                NO_LEAD_ECM,
            ),
        ),
        TeamSpec(
            "team-operations",
            None,
            "#e9c46a",
            ("Betrieb und Logistik", "Operations and logistics"),
            (
                "Kümmert sich um Bestand, Versand, Kundendienst und Ähnliches.",
                "Takes care of inventory, shipping, customer service and the like.",
            ),
        ),
        TeamSpec(
            "team-finance",
            None,
            "#9c6ade",
            ("Finanzen und Verwaltung", "Finance and administration"),
            join_texts(
                (
                    "Kümmert sich um die finanzielle Seite, von Budgets bis zur Buchhaltung.",
                    "Handles the financial side, from budgets to accounting.",
                ),
                NO_LEAD_ECM,
            ),
        ),
    ),
    roles=(
        RoleSpec(
            "ecommerce-manager",
            "team-business-development",
            None,
            ("E-Commerce-Manager", "E-commerce manager"),
            (
                ("Gesamte E-Commerce-Strategie festlegen", "Set the overall e-commerce strategy"),
                ("E-Commerce-Abteilung beaufsichtigen", "Oversee the e-commerce department"),
                ("Wachstum vorantreiben", "Drive growth"),
                ("Ergebnisse für Top-Kunden erzielen", "Deliver results for key customers"),
                ("Mit Einzelhandels- und Online-Teams arbeiten", "Work with retail and online teams"),
            ),
            notes=("Der Kapitän, der das Schiff steuert.", "The captain who steers the ship."),
        ),
        RoleSpec(
            "digital-marketing-manager",
            "team-marketing",
            "ecommerce-manager",
            ("Digital Marketing Manager", "Digital marketing manager"),
            (
                ("Marketingstrategie festlegen", "Set the marketing strategy"),
                ("Alle auf gemeinsame Ziele ausrichten", "Align everyone on shared goals"),
                ("Neue Kunden gewinnen", "Win new customers"),
                ("Bestandskunden halten", "Keep existing customers"),
            ),
            notes=("Der General der Marketingarmee.", "The general of the marketing army."),
        ),
        RoleSpec(
            "social-media-specialist",
            "team-marketing",
            "digital-marketing-manager",
            ("Spezialist für Social Media Marketing", "Social media marketing specialist"),
            (
                ("Marke aufbauen", "Build the brand"),
                ("Kontakt zum Publikum", "Connect with the audience"),
                ("Social-Media-Plattformen nutzen", "Use social media platforms"),
            ),
            skills=(("Facebook", "Facebook"), ("Instagram", "Instagram"), ("Twitter", "Twitter")),
        ),
        RoleSpec(
            "email-marketing-specialist",
            "team-marketing",
            "digital-marketing-manager",
            ("E-Mail-Marketingspezialist", "E-mail marketing specialist"),
            (
                ("E-Mails erstellen", "Write marketing e-mails"),
                ("E-Mails, die geöffnet und gelesen werden", "E-mails that get opened and read"),
                ("Kunden zum Handeln bewegen", "Get customers to act"),
            ),
        ),
        RoleSpec(
            "content-marketing-strategist",
            "team-marketing",
            "digital-marketing-manager",
            ("Content-Marketing-Stratege", "Content marketing strategist"),
            (
                ("Wertvolle, relevante Inhalte erstellen", "Create valuable, relevant content"),
                ("Kunden anziehen", "Attract customers"),
                ("Kunden binden", "Retain customers"),
            ),
        ),
        RoleSpec(
            "seo-specialist",
            "team-marketing",
            "digital-marketing-manager",
            ("SEO-Spezialist", "SEO specialist"),
            (
                ("Website für Suchmaschinen optimieren", "Optimise the site for search engines"),
                ("In relevanten Suchergebnissen erscheinen", "Appear in relevant search results"),
            ),
        ),
        RoleSpec(
            "web-developer",
            "team-technology",
            "ecommerce-manager",
            ("Webentwickler", "Web developer"),
            (
                ("Benutzerfreundliche Oberfläche (Front-End)", "User-friendly interface (front end)"),
                ("Serverseitige Funktionen (Back-End)", "Server-side functions (back end)"),
                ("Datenbankverwaltung", "Database management"),
                ("Kernlogik der Anwendung", "Core application logic"),
                (
                    "Hohen Traffic und viele Transaktionen tragen",
                    "Handle high traffic and transaction volumes",
                ),
            ),
            notes=("Front-End- und Back-End-Aufgaben.", "Front-end and back-end work."),
        ),
        RoleSpec(
            "ecommerce-operations-specialist",
            "team-technology",
            "ecommerce-manager",
            ("E-Commerce Operations Specialist", "E-commerce operations specialist"),
            (
                ("Täglicher Betrieb der Plattform", "Day-to-day running of the platform"),
                ("Neue Funktionen implementieren", "Implement new features"),
                ("GDPR-Einhaltung gewährleisten", "Ensure GDPR compliance"),
                ("Kundendaten sicher behandeln", "Handle customer data securely"),
                ("Zwischen Technik und Strategie vermitteln", "Mediate between tech and strategy"),
            ),
        ),
        RoleSpec(
            "data-analyst",
            "team-technology",
            "ecommerce-manager",
            ("Datenanalyst", "Data analyst"),
            (
                ("KPIs verfolgen", "Track KPIs"),
                ("Kundenverhalten analysieren", "Analyse customer behaviour"),
                ("Verwertbare Erkenntnisse gewinnen", "Find actionable insights"),
                ("Marketing zeigen, was funktioniert", "Show marketing what works"),
                ("Verkaufstrends verfolgen und vorhersagen", "Track and forecast sales trends"),
            ),
        ),
        RoleSpec(
            "security-specialist",
            "team-technology",
            "ecommerce-manager",
            ("Sicherheitsspezialist", "Security specialist"),
            (
                ("Firewalls einrichten", "Set up firewalls"),
                ("Verdächtige Aktivitäten überwachen", "Monitor suspicious activity"),
                ("Datenverschlüsselung", "Data encryption"),
                ("Kunden- und Unternehmensdaten schützen", "Protect customer and company data"),
            ),
        ),
        RoleSpec(
            "devops-engineer",
            "team-technology",
            "ecommerce-manager",
            ("DevOps-Ingenieur", "DevOps engineer"),
            (
                ("Entwicklungsprozess rationalisieren", "Streamline the development process"),
                ("Betriebliche Aufgaben automatisieren", "Automate operational tasks"),
                ("CI/CD-Pipelines einführen", "Introduce CI/CD pipelines"),
                ("Schnellere, sichere Deployments", "Faster, safer deployments"),
            ),
        ),
        RoleSpec(
            "qa-tester",
            "team-technology",
            "ecommerce-manager",
            ("QA-Tester", "QA tester"),
            (
                ("Website auf Fehler testen", "Test the site for bugs"),
                ("Leistung und Benutzerfreundlichkeit prüfen", "Check performance and usability"),
                ("Warenkorb bis Zahlungsgateway prüfen", "Check cart through payment gateway"),
            ),
            skills=(("Liebe zum Detail", "Attention to detail"),),
        ),
        RoleSpec(
            "mobile-app-developer",
            "team-technology",
            "ecommerce-manager",
            ("Mobile-App-Entwickler", "Mobile app developer"),
            (
                ("Mobile Apps erstellen und pflegen", "Build and maintain mobile apps"),
                ("Mobile Benutzererfahrung optimieren", "Optimise the mobile user experience"),
                ("App nahtlos in den Shop integrieren", "Integrate the app with the shop"),
            ),
            skills=(("Android", "Android"), ("iOS", "iOS")),
            sourcing=Sourcing.OUTSOURCED,
            notes=(
                "Von einem E-Commerce-Entwicklungsunternehmen: ausgelagerte Teams bringen "
                "spezielle Fähigkeiten ein, die intern vielleicht fehlen.",
                "From an e-commerce development company: outsourced teams bring special "
                "skills you may not have in-house.",
            ),
        ),
        RoleSpec(
            "operations-manager",
            "team-operations",
            "ecommerce-manager",
            ("Betriebsleiter", "Operations manager"),
            (
                ("Alle Teile harmonisch zusammenführen", "Make all parts work in harmony"),
                ("Bestandsverwaltung beaufsichtigen", "Oversee inventory management"),
                ("Kundendienst beaufsichtigen", "Oversee customer service"),
            ),
            notes=("Der Dirigent des Orchesters.", "The conductor of the orchestra."),
        ),
        RoleSpec(
            "logistics-coordinator",
            "team-operations",
            "operations-manager",
            ("Logistikkoordinator", "Logistics coordinator"),
            (
                ("Produkte rechtzeitig am richtigen Ort", "Right products, right place, right time"),
                ("Auslieferung vorbereiten", "Get products ready for delivery"),
            ),
            notes=("Der Bühnenleiter.", "The stage manager."),
        ),
        RoleSpec(
            "inventory-specialist",
            "team-operations",
            "operations-manager",
            ("Inventarspezialist", "Inventory specialist"),
            (
                ("Lagerbestand kennen", "Know what is in stock"),
                ("Knappe Artikel erkennen", "Spot what is running low"),
                ("Nachbestellungen anstoßen", "Flag what must be reordered"),
            ),
        ),
        RoleSpec(
            "customer-service-representative",
            "team-operations",
            "operations-manager",
            ("Kundenbetreuer", "Customer service representative"),
            (
                ("Kundenfragen beantworten", "Answer customer questions"),
                ("Kundenprobleme lösen", "Solve customer problems"),
                ("Einmalkäufer zu treuen Kunden machen", "Turn one-time buyers into loyal customers"),
            ),
            notes=("Das Gesicht des Unternehmens.", "The face of the company."),
        ),
        RoleSpec(
            "financial-analyst",
            "team-finance",
            "ecommerce-manager",
            ("Finanzanalyst", "Financial analyst"),
            (
                ("Zahlen und Trends analysieren", "Analyse figures and trends"),
                ("Fundierte Finanzentscheidungen ermöglichen", "Enable sound financial decisions"),
            ),
        ),
        RoleSpec(
            "accountant",
            "team-finance",
            "ecommerce-manager",
            ("Buchhalter", "Accountant"),
            (
                ("Buchhaltung", "Bookkeeping"),
                ("Gehaltsabrechnung", "Payroll"),
                ("Korrekte Steuererklärung", "Correct tax returns"),
            ),
        ),
        RoleSpec(
            "administrative-officer",
            "team-finance",
            "ecommerce-manager",
            ("Verwaltungsangestellte(r)", "Administrative officer"),
            (
                ("Tägliche Verwaltungsaufgaben", "Daily administrative tasks"),
                ("Reibungsloser Bürobetrieb", "Keep the office running smoothly"),
            ),
        ),
        RoleSpec(
            "compliance-officer",
            "team-finance",
            "ecommerce-manager",
            ("Compliance Officer", "Compliance officer"),
            (
                ("Interne Richtlinien einhalten", "Follow internal policies"),
                ("Externe Vorschriften einhalten", "Comply with external regulations"),
            ),
        ),
    ),
    links=(
        LinkSpec("data-analyst", "financial-analyst", ("Verkaufstrends", "Sales trends")),
        LinkSpec("data-analyst", "digital-marketing-manager", ("Was funktioniert", "What works")),
        LinkSpec("ecommerce-operations-specialist", "web-developer", ("Neue Funktionen", "New features")),
        LinkSpec(
            "ecommerce-operations-specialist",
            "ecommerce-manager",
            ("Vermittlung Technik–Strategie", "Between tech and strategy"),
        ),
    ),
)
