#include "demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Uptake::Demo {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Randomness: splitmix64, with independent streams per purpose and per learner, so that a change in one part of
// the generator does not reshuffle everything else. Only integer and IEEE arithmetic (+, *, sqrt) is used on the
// numbers, so the output is the same on every platform; std distributions are implementation-defined.

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    Random(quint32 seed, quint64 stream, quint64 index = 0)
        : m_state(splitmix(splitmix(splitmix(seed) ^ stream) ^ index))
    {}
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// In [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// In [0, n); n > 0.
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    /// Approximately standard normal (Irwin–Hall with 12 terms): no libm, so identical everywhere.
    double normal()
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }

private:
    quint64 m_state;
};

enum Stream : quint64 {
    PeopleStream = 1,
    WeekStream,
    ActivityStream,
    PerformanceStream,
};

// ---------------------------------------------------------------------------------------------------------------
// The organisation.

enum Country { UK, DE, US, IN, BR };

struct CountryDef
{
    const char16_t *name;
    const char16_t *zone;
    const char16_t *firstNames;
    const char16_t *lastNames;
};

constexpr CountryDef Countries[] = {
    {u"United Kingdom", u"Europe/London",
     u"Oliver|Amelia|Harry|Isla|George|Ava|Jack|Emily|Thomas|Sophie|James|Grace|William|Chloe|Daniel|Hannah|Samuel|"
     u"Lucy|Ryan|Megan|Aisha|Omar|Priya|Callum|Eleanor|Rhys",
     u"Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Walker|Wright|Thompson|Hughes|Green|Clarke|"
     u"Hall|Wood|Patel|Khan|Murphy|O'Connor|Price|Bennett|Shaw|Ahmed|Fletcher"},
    {u"Germany", u"Europe/Berlin",
     u"Lukas|Anna|Felix|Lea|Jonas|Laura|Maximilian|Julia|Leon|Sophie|Paul|Marie|Niklas|Lena|Tobias|Hannah|Jan|"
     u"Katharina|Moritz|Sarah|Emre|Aylin|Jürgen|Sabine",
     u"Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|"
     u"Neumann|Zimmermann|Braun|Krüger|Hartmann|Yilmaz|Lange|Weiß|Vogel"},
    {u"United States", u"America/New_York",
     u"Michael|Jessica|Christopher|Ashley|Matthew|Jennifer|Joshua|Amanda|David|Sarah|Andrew|Emily|Tyler|Madison|"
     u"Brandon|Lauren|Marcus|Keisha|Carlos|Maria|Kevin|Rachel|Jamal|Nicole",
     u"Johnson|Williams|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Jackson|White|Harris|Martin|Lee|Walker|"
     u"Young|Allen|King|Scott|Hernandez|Nguyen|Robinson|Carter|Mitchell|Brooks"},
    {u"India", u"Asia/Kolkata",
     u"Aarav|Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Sneha|Rahul|Divya|Karthik|Meera|Siddharth|Pooja|Aditya|Nisha|"
     u"Varun|Lakshmi|Harish|Deepa|Nikhil|Shreya|Manoj|Anjali",
     u"Sharma|Patel|Iyer|Reddy|Nair|Gupta|Kumar|Singh|Rao|Menon|Joshi|Desai|Mehta|Pillai|Chatterjee|Banerjee|"
     u"Kulkarni|Verma|Agarwal|Krishnan|Bose|Shetty"},
    {u"Brazil", u"America/Sao_Paulo",
     u"João|Ana|Pedro|Mariana|Lucas|Beatriz|Gabriel|Juliana|Rafael|Camila|Mateus|Larissa|Thiago|Fernanda|Bruno|"
     u"Letícia|Gustavo|Aline|Felipe|Patrícia",
     u"Silva|Santos|Oliveira|Souza|Lima|Pereira|Costa|Ferreira|Almeida|Ribeiro|Carvalho|Gomes|Martins|Araújo|Rocha|"
     u"Barbosa|Cardoso|Moreira"},
};
constexpr int CountryCount = int(std::size(Countries));

struct TeamDef
{
    const char16_t *name = nullptr;
    Country country = UK;
    int weight = 0;
};

struct DepartmentDef
{
    const char16_t *name;
    int weight;        ///< share of the workforce, in percent
    double engagement; ///< how readily its people use the LMS, relative to the company
    double neverActive;
    const char16_t *headRole;
    const char16_t *leadRole;
    const char16_t *roles; ///< member roles, '|'-separated; repeats make a role more common
    std::array<TeamDef, 4> teams;
};

// Eight departments. Warehouse Operations and Sales are the under-engaged ones (shift work, time on the road);
// Customer Support starts at the company's baseline and is where the pilot runs.
constexpr DepartmentDef Departments[] = {
    {u"Customer Support",
     13,
     1.0,
     0.08,
     u"Head of Customer Support",
     u"Support Team Lead",
     u"Customer Support Agent|Customer Support Agent|Customer Support Agent|Senior Support Agent|Support Specialist",
     {{{u"Tier 1 Manchester", UK, 30},
       {u"Tier 2 Manchester", UK, 15},
       {u"Bengaluru Support Hub", IN, 35},
       {u"São Paulo Support Hub", BR, 20}}}},
    {u"Sales",
     14,
     0.55,
     0.14,
     u"VP Sales",
     u"Sales Manager",
     u"Account Executive|Account Executive|Sales Development Representative|Key Account Manager",
     {{{u"UK & Ireland Sales", UK, 30},
       {u"DACH Sales", DE, 25},
       {u"North America Sales", US, 35},
       {u"LATAM Sales", BR, 10}}}},
    {u"Warehouse Operations",
     25,
     0.45,
     0.2,
     u"Director of Warehouse Operations",
     u"Shift Supervisor",
     u"Warehouse Associate|Warehouse Associate|Warehouse Associate|Forklift Operator|Inventory Controller",
     {{{u"Daventry DC", UK, 35}, {u"Hamburg DC", DE, 35}, {u"Atlanta DC", US, 30}, {}}}},
    {u"Logistics Planning",
     11,
     1.15,
     0.05,
     u"Head of Logistics Planning",
     u"Planning Manager",
     u"Transport Planner|Transport Planner|Route Analyst|Customs Specialist|Demand Planner",
     {{{u"Network Planning", DE, 40}, {u"UK Transport Planning", UK, 30}, {u"US Transport Planning", US, 30}, {}}}},
    {u"Finance",
     8,
     1.2,
     0.05,
     u"Finance Director",
     u"Finance Manager",
     u"Accountant|Financial Analyst|Accounts Payable Specialist",
     {{{u"Group Finance", UK, 60}, {u"Shared Services Pune", IN, 40}, {}, {}}}},
    {u"People & HR",
     6,
     1.35,
     0.03,
     u"Chief People Officer",
     u"HR Manager",
     u"HR Business Partner|Recruiter|HR Coordinator|Learning Specialist",
     {{{u"People Partnering", UK, 50}, {u"Talent Acquisition", US, 30}, {u"HR Operations", DE, 20}, {}}}},
    {u"IT",
     13,
     1.25,
     0.04,
     u"Head of IT",
     u"Engineering Manager",
     u"Software Engineer|Software Engineer|Data Engineer|IT Support Analyst|Cloud Engineer",
     {{{u"Platform Engineering", IN, 35},
       {u"Digital Products", UK, 30},
       {u"IT Service Desk", IN, 15},
       {u"Data & Analytics", DE, 20}}}},
    {u"Marketing",
     10,
     1.2,
     0.05,
     u"Marketing Director",
     u"Marketing Manager",
     u"Marketing Specialist|Content Designer|Campaign Analyst",
     {{{u"Brand & Content", UK, 50}, {u"Growth Marketing", US, 35}, {u"Marketing Operations", DE, 15}, {}}}},
};
constexpr int DepartmentCount = int(std::size(Departments));
constexpr int PilotDepartmentIndex = 0;

enum DepartmentBit : unsigned {
    Everyone = 0,
    CustomerSupport = 1u << 0,
    Sales = 1u << 1,
    Warehouse = 1u << 2,
    Planning = 1u << 3,
    Finance = 1u << 4,
    People = 1u << 5,
    IT = 1u << 6,
    Marketing = 1u << 7,
};

enum CourseFlag : unsigned {
    NoFlags = 0,
    Assessed = 1u << 0,   ///< completions carry a score
    TracksTime = 1u << 1, ///< a SCORM package that reports time spent on each view
    Mandatory = 1u << 2,  ///< compliance: everyone is nudged towards it
    Leaders = 1u << 3,    ///< aimed at team leads and heads
    PilotScope = 1u << 4, ///< the pilot's curriculum
};

struct CourseDef
{
    const char16_t *name;
    int minutes;
    unsigned audience; ///< DepartmentBit mask; Everyone = the whole company
    unsigned flags;
    /// Content items in order, '|'-separated; "Title=45" fixes an item's minutes, the others share the rest.
    const char16_t *items;
};

constexpr CourseDef Courses[] = {
    // For everyone.
    {u"Data Privacy 2026", 30, Everyone, Assessed | TracksTime | Mandatory,
     u"Why privacy matters|Personal data at Northwind|Lawful bases in plain words|Subject access requests|"
     u"Reporting a data breach|Knowledge check"},
    {u"Information Security Essentials", 25, Everyone, Assessed | Mandatory,
     u"Passwords and passkeys|Spotting phishing|Working safely with AI tools|Knowledge check"},
    {u"Anti-Bribery and Corruption", 40, Everyone, Assessed | Mandatory,
     u"Our zero-tolerance policy|Gifts and hospitality|Agents and third parties|Speaking up|Case studies|"
     u"Assessment"},
    {u"Code of Conduct Annual Refresher", 20, Everyone, Mandatory,
     u"Our values|Respect at work|Conflicts of interest|Annual attestation"},
    {u"Health, Safety and Wellbeing at Work", 35, Everyone, Assessed | TracksTime | Mandatory,
     u"Your duties and ours|Display screen equipment|Fire and evacuation|Reporting incidents and near misses|"
     u"Knowledge check"},
    {u"Diversity, Equity and Inclusion Foundations", 45, Everyone, TracksTime,
     u"Why inclusion matters|Unconscious bias|Inclusive language|Allyship in practice|Reflection"},
    {u"Time Management for Busy Weeks", 15, Everyone, TracksTime,
     u"Planning your week|Protecting focus time|Quick wins"},
    {u"Wellbeing and Resilience", 25, Everyone, TracksTime,
     u"Understanding stress|Healthy habits|Support available to you|Your resilience plan"},
    {u"Introduction to Generative AI at Work", 45, Everyone, TracksTime,
     u"What generative AI is (and is not)|Approved tools at Northwind|Writing good prompts|Checking the output|"
     u"Data you must never paste|Try it yourself"},
    {u"Giving and Receiving Feedback", 30, Everyone, TracksTime,
     u"Why feedback matters|The SBI model|Receiving feedback well|Practice conversations"},
    {u"Expense Policy Essentials", 15, Everyone, NoFlags,
     u"What you can claim|Receipts and approvals|Travel booking rules"},
    // For leaders.
    {u"Leading Remote Teams", 150, Everyone, TracksTime | Leaders,
     u"Welcome=10|The remote leadership mindset=15|Building trust at a distance=20|"
     u"Running effective virtual meetings=20|Performance conversations online=50|Wellbeing in distributed teams=15|"
     u"Your 30-day action plan=20"},
    {u"Coaching Skills for Managers", 60, Everyone, TracksTime | Leaders,
     u"What coaching is|The GROW model|Powerful questions|Coaching in the flow of work|Practice lab"},
    // Customer Support: the pilot's curriculum.
    {u"Customer Empathy Essentials", 15, CustomerSupport, TracksTime | PilotScope,
     u"Listening first|Naming the feeling|Practice scenario"},
    {AdaptedCourse, 240, CustomerSupport, Assessed | TracksTime | PilotScope,
     u"Welcome and programme map=10|The Northwind service promise=15|Understanding customer journeys=20|"
     u"Active listening in practice=20|Writing clear replies=25|Handling Escalations and Complaints=95|"
     u"Using the knowledge base=15|Measuring CSAT and first-contact resolution=15|Coaching circle reflection=15|"
     u"Final assessment=10"},
    {u"Handling Difficult Conversations", 60, CustomerSupport | Sales, TracksTime | PilotScope,
     u"Why conversations get difficult|Staying calm under pressure|Structuring the conversation|"
     u"Saying no constructively|Role-play scenarios|Reflection"},
    {u"Zendesk Ticket Workflow", 30, CustomerSupport, Assessed | PilotScope,
     u"The ticket lifecycle|Priorities and SLAs|Macros and tags|Handover between tiers|Knowledge check"},
    {u"Writing for Customers", 20, CustomerSupport | Marketing, TracksTime | PilotScope,
     u"Plain language|Tone of voice|Templates that don't sound like templates"},
    {u"De-escalation Techniques", 15, CustomerSupport, TracksTime | PilotScope,
     u"Recognising escalation|Five calming phrases|Practice scenario"},
    // Warehouse Operations.
    {u"Warehouse Safety Refresher", 20, Warehouse, Assessed | Mandatory,
     u"Site rules|Pedestrian and vehicle routes|PPE check|Knowledge check"},
    {u"Forklift Operator Recertification", 90, Warehouse, Assessed,
     u"Pre-use inspection|Load capacity and stability|Operating in aisles|Loading bays and ramps|"
     u"Battery and fuel safety|Incident case studies|Theory test"},
    {u"Manual Handling Basics", 15, Warehouse, NoFlags, u"Assess the load|Lift and carry|Team lifts"},
    {u"Lean Warehousing Fundamentals", 120, Warehouse | Planning, TracksTime,
     u"What lean means on the floor|The eight wastes|5S in the warehouse|Standard work|Visual management|"
     u"Kaizen events|Measuring flow|Your improvement idea"},
    {u"Hazardous Goods Handling", 60, Warehouse, Assessed,
     u"Classes of dangerous goods|Labels and documents|Segregation and storage|Spills and emergencies|Assessment"},
    // Logistics Planning.
    {u"Route Optimisation with FleetPlan", 75, Planning, TracksTime,
     u"FleetPlan tour|Building a route plan|Constraints and time windows|Handling exceptions|"
     u"Reading the KPI dashboard|Practice scenario"},
    {u"Incoterms 2020 Explained", 45, Planning | Sales, Assessed | TracksTime,
     u"Why Incoterms matter|The E and F terms|The C terms|The D terms|Choosing the right term|Knowledge check"},
    {u"Customs Documentation Essentials", 50, Planning, Assessed,
     u"Commercial invoices|Commodity codes|Origin and preference|UK–EU flows after Brexit|Common errors"},
    {u"Demand Forecasting Basics", 90, Planning | Finance, TracksTime,
     u"Why forecasts fail|Baselines and seasonality|Promotions and events|Measuring forecast error|"
     u"Collaborating with Sales|Practice dataset"},
    // Sales.
    {u"Consultative Selling", 120, Sales, Assessed | TracksTime,
     u"From pitching to diagnosing|Researching the account|Discovery questions|Mapping the decision process|"
     u"Building the business case|Handling objections|Closing with confidence|Final assessment"},
    {u"Negotiation Skills for Account Managers", 90, Sales, TracksTime,
     u"Preparing to negotiate|Interests, not positions|Anchoring and concessions|Multi-party deals|"
     u"Negotiating on price|Role-play"},
    {u"Salesforce Pipeline Hygiene", 20, Sales, NoFlags,
     u"Stages and exit criteria|Next steps and close dates|Forecast categories"},
    {u"Pricing Conversations", 15, Sales, TracksTime, u"Value before price|Discount guardrails|Practice scenario"},
    // Finance.
    {u"Excel for Financial Analysis", 180, Finance | Planning, TracksTime,
     u"Workbook structure|Lookups with XLOOKUP|PivotTables|Power Query basics|Dynamic arrays|Scenario modelling|"
     u"Charts that inform|Error checking|Variance analysis|Building a forecast model|Sharing safely|Capstone exercise"},
    {u"IFRS 16 Leases Update", 60, Finance, Assessed,
     u"What changed|Identifying a lease|Measurement|Disclosures|Assessment"},
    // People & HR.
    {u"Interviewing Without Bias", 45, People, TracksTime,
     u"Structured interviews|Common biases|Scoring fairly|Giving candidates a good experience|Practice"},
    {u"Employment Law Update 2026", 60, People, Assessed,
     u"Flexible working|Family leave|Holiday pay|Redundancy consultation|Assessment"},
    // IT.
    {u"Secure Coding Practices", 120, IT, Assessed | TracksTime,
     u"Threat modelling|Input validation|Authentication and sessions|Secrets management|Dependency hygiene|"
     u"Secure code review|Logging and monitoring|Final assessment"},
    {u"Cloud Cost Awareness", 30, IT, TracksTime,
     u"Where the money goes|Tagging and ownership|Rightsizing|Reading the cost report"},
    // Marketing.
    {u"Brand Voice Guidelines", 20, Marketing, NoFlags, u"Who we sound like|Words we use|Before and after"},
    {u"Marketing Analytics with GA4", 90, Marketing, TracksTime,
     u"Events and conversions|Explorations|Attribution|Audiences|Reporting to stakeholders|Practice property"},
};
constexpr int CourseCount = int(std::size(Courses));

QString text(const char16_t *s)
{
    return QStringView(s).toString();
}

QStringList split(const char16_t *s)
{
    return QStringView(s).toString().split(u'|');
}

/// The ASCII local part of an email address for a name: "Jürgen" → "jurgen", "O'Connor" → "oconnor".
QString asciiFold(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c == u'ß')
            out += u"ss"_s;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            out += c.toLower();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Simulation state.

struct Item
{
    double minutes;
    int pages; ///< view events needed to work through it
    double dropOff;
};

struct Course
{
    QList<Item> items;
    unsigned audience;
    unsigned flags;
    int adaptedItem = -1;
};

struct Learner
{
    int department = 0;
    int country = 0;
    bool leader = false;
    QDate hired;
    double weekly = 0; ///< chance of being active in a given week
    double skill = 0;
    bool neverActive = false;
    bool stopsLate = false;        ///< active, then silent in the last two weeks
    bool repeatedFailures = false; ///< keeps failing to sign in (a locked or mistyped account)
    bool pilotReached = true;      ///< for never-active cohort members: does the pilot reach them?
};

enum class State : quint8 { NotStarted, InProgress, Completed, Dropped };

struct Progress
{
    State state = State::NotStarted;
    int item = 0;
    int page = 0;
    int decidedItem = -1; ///< the item whose drop-off was last decided
    int dropAfter = -1;   ///< views left before giving up, or -1
};

struct RawEvent
{
    qint64 secs;
    int learner;
    int seq;
    qint16 course;
    qint16 item;
    EventKind kind;
    float duration; ///< minutes, < 0 when not reported
    float score;    ///< < 0 when none
};

constexpr qint64 EpochJulianDay = 2440588;

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

QDate pilotStartFor(const QDate &lastDay)
{
    return mondayOf(lastDay).addDays(-35);
}

DemoData generate(const Options &options)
{
    DemoData d;
    const int days = std::max(1, options.days);
    const QDate lastDay = options.lastDay;
    const QDate firstDay = lastDay.addDays(-(days - 1));
    const QDate pilotStart = std::max(pilotStartFor(lastDay), firstDay);
    const QDate adaptationDay = pilotStart.addDays(AdaptationDayOffset);
    const QDate stopDay = lastDay.addDays(-13);                         // the last two weeks
    const QDate outageStart = mondayOf(firstDay.addDays(days * 3 / 8)); // a week of SSO trouble
    const QDate outageEnd = outageStart.addDays(4);
    const QString owner = u"Hannah Okafor"_s;

    d.program = {u"Northwind Logistics"_s, u"Moodle"_s, owner};
    d.timeZone = u"Europe/London"_s;

    // Catalogue.
    QList<Course> courses;
    for (const CourseDef &def : Courses) {
        CourseRecord record;
        record.name = text(def.name);
        record.durationMinutes = def.minutes;
        Course course{{}, def.audience, def.flags};
        double fixed = 0;
        int unfixed = 0;
        QList<double> minutes;
        for (const QString &item : split(def.items)) {
            const qsizetype eq = item.indexOf(u'=');
            record.contents << (eq < 0 ? item : item.left(eq));
            minutes << (eq < 0 ? -1 : item.mid(eq + 1).toDouble());
            if (eq < 0)
                ++unfixed;
            else
                fixed += minutes.last();
        }
        const bool adapted = record.name == QStringView(AdaptedCourse);
        for (int i = 0; i < record.contents.size(); ++i) {
            const double m = minutes.at(i) >= 0 ? minutes.at(i) : (def.minutes - fixed) / std::max(1, unfixed);
            const QString &name = record.contents.at(i);
            // Long items lose people; so do the first item (curiosity clicks) and tests.
            double drop = 0.02 + std::min(0.22, m / 250);
            if (i == 0)
                drop += 0.05;
            if (name.contains(u"check"_s, Qt::CaseInsensitive) || name.contains(u"assessment"_s, Qt::CaseInsensitive) ||
                name.contains(u"test"_s, Qt::CaseInsensitive))
                drop += 0.04;
            if (adapted && name == QStringView(AdaptedContent))
                course.adaptedItem = i;
            course.items << Item{m, std::max(1, int(std::lround(m / 2))), drop};
        }
        d.courses << record;
        courses << course;
    }

    // People: departments by share, a head per department, a lead per team, members reporting to their lead.
    QList<Learner> people;
    {
        Random rng(options.seed, PeopleStream);
        QList<QStringList> firstNames, lastNames;
        for (const CountryDef &c : Countries) {
            firstNames << split(c.firstNames);
            lastNames << split(c.lastNames);
        }
        QList<int> sizes;
        int assigned = 0;
        for (const DepartmentDef &dep : Departments) {
            sizes << std::max(0, options.learners) * dep.weight / 100;
            assigned += sizes.last();
        }
        for (int i = 0; assigned < options.learners; i = (i + 1) % DepartmentCount, ++assigned)
            ++sizes[i];

        QSet<QString> names;
        QSet<QString> emails;
        auto newPerson = [&](int country) {
            const QStringList &first = firstNames.at(country);
            const QStringList &last = lastNames.at(country);
            QString name;
            for (int attempt = 0; attempt < 40; ++attempt) {
                name = first.at(rng.below(int(first.size()))) + u' ' + last.at(rng.below(int(last.size())));
                if (!names.contains(name))
                    break;
            }
            names.insert(name);
            const qsizetype space = name.indexOf(u' ');
            const QString base = asciiFold(name.left(space)) + u'.' + asciiFold(name.mid(space + 1));
            QString local = base;
            for (int n = 2; emails.contains(local); ++n)
                local = base + QString::number(n);
            emails.insert(local);
            return std::pair<QString, QString>(name, local + u"@northwind.example"_s);
        };
        int serial = 0;
        auto daysBefore = [&](int lo, int hi) { return lastDay.addDays(-(lo + rng.below(hi - lo + 1))); };

        for (int dep = 0; dep < DepartmentCount; ++dep) {
            const DepartmentDef &def = Departments[dep];
            const int size = sizes.at(dep);
            QList<const TeamDef *> teams;
            int teamWeight = 0;
            for (const TeamDef &t : def.teams) {
                if (t.name) {
                    teams << &t;
                    teamWeight += t.weight;
                }
            }
            QList<int> teamSizes;
            int given = 0;
            for (const TeamDef *t : std::as_const(teams)) {
                teamSizes << size * t->weight / teamWeight;
                given += teamSizes.last();
            }
            for (int i = 0; given < size; i = (i + 1) % int(teamSizes.size()), ++given)
                ++teamSizes[i];
            const QStringList roles = split(def.roles);
            QString headName;
            for (int ti = 0; ti < teams.size(); ++ti) {
                const TeamDef &team = *teams.at(ti);
                QString leadName;
                for (int m = 0; m < teamSizes.at(ti); ++m) {
                    const auto [name, email] = newPerson(team.country);
                    LearnerRecord r;
                    serial += 1 + rng.below(4); // ids with gaps, as people come and go
                    r.externalId = u"NW%1"_s.arg(20000 + serial);
                    r.name = name;
                    r.email = email;
                    r.department = text(def.name);
                    r.team = text(team.name);
                    r.country = text(Countries[team.country].name);
                    r.timezone = text(Countries[team.country].zone);
                    Learner l;
                    l.department = dep;
                    l.country = team.country;
                    if (headName.isEmpty()) {
                        r.role = text(def.headRole);
                        r.manager = u"Grace Whitfield"_s; // the COO, not an LMS user
                        r.hireDate = daysBefore(5 * 365, 14 * 365);
                        headName = name;
                        l.leader = true;
                    } else if (leadName.isEmpty()) {
                        r.role = text(def.leadRole);
                        r.manager = headName;
                        r.hireDate = daysBefore(2 * 365, 10 * 365);
                        leadName = name;
                        l.leader = true;
                    } else {
                        r.role = roles.at(rng.below(int(roles.size())));
                        r.manager = leadName;
                        if (rng.chance(0.05)) {
                            // A new joiner during the history: no activity before their first day.
                            r.hireDate = firstDay.addDays(5 + rng.below(std::max(1, days - 30)));
                        } else {
                            const double u = rng.uniform();
                            r.hireDate = lastDay.addDays(-(days + 30 + qint64(u * u * 4000)));
                        }
                    }
                    l.hired = r.hireDate;
                    l.skill = rng.normal();
                    const double u = rng.uniform();
                    l.weekly = std::clamp(def.engagement * (0.06 + 0.6 * u * std::sqrt(u)) * (l.leader ? 1.2 : 1.0),
                                          0.02, 0.92);
                    l.neverActive = !l.leader && rng.chance(def.neverActive);
                    l.stopsLate = !l.neverActive && dep != PilotDepartmentIndex && l.weekly >= 0.3 && rng.chance(0.08);
                    l.repeatedFailures = rng.chance(0.012);
                    l.pilotReached = rng.chance(0.5);
                    d.roster << r;
                    people << l;
                }
            }
        }
    }
    const int learnerCount = int(people.size());
    const int adaptedCourse =
        int(std::find_if(courses.cbegin(), courses.cend(), [](const Course &c) { return c.adaptedItem >= 0; }) -
            courses.cbegin());

    // Calendar: Monday-aligned weeks, per-week mood of the whole company, and each zone's UTC offset per day.
    // Working hours never touch the small hours when clocks change, so one offset per local day is exact.
    const QDate calendarStart = mondayOf(firstDay);
    const int calendarDays = int(calendarStart.daysTo(lastDay)) + 1;
    const int weeks = (calendarDays + 6) / 7;
    QList<double> weekFactor;
    {
        Random rng(options.seed, WeekStream);
        for (int w = 0; w < weeks; ++w)
            weekFactor << 0.92 + 0.16 * rng.uniform();
    }
    std::array<QList<int>, CountryCount> offsets;
    for (int c = 0; c < CountryCount; ++c) {
        const QTimeZone zone(text(Countries[c].zone).toUtf8());
        for (int i = 0; i < calendarDays; ++i)
            offsets[c] << zone.offsetFromUtc(QDateTime(calendarStart.addDays(i), QTime(12, 0), Qt::UTC));
    }

    // Activity, learner by learner, each with a random stream of its own.
    std::vector<RawEvent> raw;
    raw.reserve(size_t(learnerCount) * size_t(calendarDays) * 3);
    std::vector<int> learning(size_t(learnerCount) * size_t(weeks), 0);    // learning events per week
    std::vector<int> completions(size_t(learnerCount) * size_t(weeks), 0); // completions per week
    const std::array<std::pair<int, int>, 3> windows{{{27000, 41400}, {45000, 55800}, {55800, 62100}}};
    constexpr int EndOfDay = 18 * 3600 + 1800;

    for (int li = 0; li < learnerCount; ++li) {
        const Learner &l = people.at(li);
        if (l.neverActive && !(l.department == PilotDepartmentIndex && l.pilotReached))
            continue;
        Random rng(options.seed, ActivityStream, quint64(li));
        std::vector<Progress> progress(static_cast<size_t>(CourseCount));
        const unsigned departmentBit = 1u << l.department;
        const bool cohort = l.department == PilotDepartmentIndex;
        int seq = 0;
        int current = -1;
        int week = 0;
        int dayIndex = 0;
        bool invited = false;

        auto logEvent = [&](int localSecs, EventKind kind, int course = -1, int item = -1, double duration = -1,
                            double score = -1) {
            const qint64 secs = (calendarStart.toJulianDay() + dayIndex - EpochJulianDay) * 86400 + localSecs -
                                offsets[l.country].at(dayIndex);
            raw.push_back({secs, li, seq++, qint16(course), qint16(item), kind, float(duration), float(score)});
            if (kind == EventKind::Viewed || kind == EventKind::Started || kind == EventKind::Completed)
                ++learning[size_t(li) * size_t(weeks) + size_t(week)];
            if (kind == EventKind::Completed)
                ++completions[size_t(li) * size_t(weeks) + size_t(week)];
        };

        auto chooseCourse = [&](bool inPilot) {
            if (current >= 0 && progress[size_t(current)].state == State::InProgress && rng.chance(0.85))
                return current;
            QList<int> open;
            for (int c = 0; c < CourseCount; ++c)
                if (progress[size_t(c)].state == State::InProgress)
                    open << c;
            if (!open.isEmpty() && rng.chance(0.6))
                return open.at(rng.below(int(open.size())));
            QList<std::pair<int, double>> candidates;
            double total = 0;
            for (int c = 0; c < CourseCount; ++c) {
                const Course &course = courses.at(c);
                if (progress[size_t(c)].state != State::NotStarted ||
                    (course.audience != Everyone && !(course.audience & departmentBit)))
                    continue;
                double weight = course.audience == Everyone ? 1.0 : 2.2;
                if (course.flags & Mandatory)
                    weight *= 3;
                if (course.flags & Leaders)
                    weight *= l.leader ? 3 : 0.25;
                if (inPilot && (course.flags & PilotScope))
                    weight *= course.adaptedItem >= 0 ? 10 : 6;
                candidates.append({c, weight});
                total += weight;
            }
            if (candidates.isEmpty())
                return open.isEmpty() ? -1 : open.first();
            double pick = rng.uniform() * total;
            for (const auto &[c, weight] : std::as_const(candidates)) {
                if (pick < weight)
                    return c;
                pick -= weight;
            }
            return candidates.last().first;
        };

        auto session = [&](const QDate &day, int start, bool inPilot) {
            int t = start;
            // Signing in: the SSO outage week, a few people who keep failing, and the odd typo.
            int failures = 0;
            bool gaveUp = false;
            if (day >= outageStart && day <= outageEnd && rng.chance(0.6)) {
                failures = 1 + rng.below(3);
                gaveUp = rng.chance(0.35);
            } else if (l.repeatedFailures && rng.chance(0.45)) {
                failures = 2 + rng.below(4);
                gaveUp = rng.chance(0.25);
            } else if (rng.chance(0.015)) {
                failures = 1;
            }
            for (int f = 0; f < failures; ++f) {
                logEvent(t, EventKind::FailedLogin);
                t += 20 + rng.below(70);
            }
            if (gaveUp)
                return t;
            logEvent(t, EventKind::LoggedIn);
            t += 10 + rng.below(50);

            double budget = rng.uniform(15, 55) + (inPilot ? 12 : 0); // minutes
            while (budget > 0 && t < EndOfDay) {
                const int c = chooseCourse(inPilot);
                if (c < 0) {
                    // Nothing left to start: look something up in a finished course.
                    QList<int> done;
                    for (int k = 0; k < CourseCount; ++k)
                        if (progress[size_t(k)].state == State::Completed)
                            done << k;
                    if (done.isEmpty())
                        break;
                    const int k = done.at(rng.below(int(done.size())));
                    const Course &course = courses.at(k);
                    logEvent(t, EventKind::Viewed, k);
                    t += 5 + rng.below(25);
                    const double minutes = rng.uniform(1, 4);
                    logEvent(t, EventKind::Viewed, k, rng.below(int(course.items.size())),
                             (course.flags & TracksTime) ? round1(minutes) : -1);
                    t += int(minutes * 60);
                    break;
                }
                const Course &course = courses.at(c);
                Progress &p = progress[size_t(c)];
                logEvent(t, EventKind::Viewed, c); // the course page
                t += 5 + rng.below(25);
                if (p.state == State::NotStarted) {
                    logEvent(t, EventKind::Started, c);
                    t += 2 + rng.below(10);
                    p.state = State::InProgress;
                }
                current = c;
                while (budget > 0 && p.state == State::InProgress && t < EndOfDay) {
                    const Item &item = course.items.at(p.item);
                    if (p.decidedItem != p.item) {
                        p.decidedItem = p.item;
                        double drop = item.dropOff;
                        if (p.item == course.adaptedItem)
                            drop = day >= adaptationDay ? 0.10 : 0.55;
                        else if (inPilot)
                            drop *= 0.6;
                        if (rng.chance(drop))
                            p.dropAfter = 1 + rng.below(std::min(3, item.pages));
                    }
                    int shown = p.item;
                    double minutes = 0;
                    if ((p.item > 0 || p.page > 0) && rng.chance(0.3)) {
                        // Going back to something already seen.
                        shown = p.page > 0 ? p.item : p.item - 1;
                        minutes = rng.uniform(0.5, 2.5);
                    } else {
                        minutes = item.minutes / item.pages * rng.uniform(0.6, 1.4);
                        if (p.dropAfter > 0)
                            --p.dropAfter;
                        if (++p.page >= item.pages) {
                            p.page = 0;
                            ++p.item;
                        }
                    }
                    logEvent(t, EventKind::Viewed, c, shown, (course.flags & TracksTime) ? round1(minutes) : -1);
                    t += int(minutes * 60) + rng.below(30);
                    budget -= minutes;
                    if (p.dropAfter == 0) {
                        p.state = State::Dropped; // never comes back to this course
                        return t;
                    }
                    if (p.item >= course.items.size()) {
                        t += 5 + rng.below(40);
                        double score = -1;
                        if (course.flags & Assessed)
                            score = std::round(std::clamp(76 + 7 * l.skill + 8 * rng.normal(), 35.0, 100.0));
                        logEvent(t, EventKind::Completed, c, -1, -1, score);
                        p.state = State::Completed;
                        current = -1;
                    }
                }
            }
            return t;
        };

        for (week = 0; week < weeks; ++week) {
            const QDate monday = calendarStart.addDays(7 * week);
            double q = l.neverActive ? 0 : l.weekly * weekFactor.at(week);
            if (cohort && monday >= pilotStart) {
                const qint64 j = pilotStart.daysTo(monday) / 7;
                const double ramp = j == 0 ? 0.75 : j == 1 ? 0.88 : 1.0;
                q = (l.neverActive ? 0.4 : std::min(0.93, 0.5 + 0.8 * l.weekly)) * ramp;
            }
            if (!rng.chance(q))
                continue;
            const bool pilotWeek = cohort && monday.addDays(6) >= pilotStart;
            int dayCount = 1;
            for (int k = 0; k < 3; ++k)
                dayCount += rng.chance(0.3 + 0.45 * q) ? 1 : 0;
            if (pilotWeek && rng.chance(0.5))
                ++dayCount;
            std::array<int, 5> weekdays{0, 1, 2, 3, 4};
            for (int k = 4; k > 0; --k)
                std::swap(weekdays[size_t(k)], weekdays[size_t(rng.below(k + 1))]);
            std::array<int, 5> chosen{};
            std::copy_n(weekdays.begin(), dayCount, chosen.begin());
            if (rng.chance(0.04))
                chosen[size_t(dayCount - 1)] = 5; // catching up on a Saturday
            std::sort(chosen.begin(), chosen.begin() + dayCount);
            for (int k = 0; k < dayCount; ++k) {
                const QDate day = monday.addDays(chosen[size_t(k)]);
                if (day < firstDay || day > lastDay || day < l.hired || (l.stopsLate && day >= stopDay))
                    continue;
                dayIndex = int(calendarStart.daysTo(day));
                const bool inPilot = cohort && day >= pilotStart;
                if (inPilot && day >= adaptationDay && !invited) {
                    // The pilot team invites those who gave up on the long module back to its new, shorter form.
                    invited = true;
                    Progress &p = progress[size_t(adaptedCourse)];
                    if (p.state == State::Dropped && p.item == courses.at(adaptedCourse).adaptedItem && rng.chance(0.5))
                        p = {State::InProgress, p.item, 0, -1, -1};
                }
                const int sessions = 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0);
                std::array<int, 3> order{0, 1, 2};
                for (int s = 2; s > 0; --s)
                    std::swap(order[size_t(s)], order[size_t(rng.below(s + 1))]);
                std::sort(order.begin(), order.begin() + sessions);
                int end = 0;
                for (int s = 0; s < sessions; ++s) {
                    const auto [from, to] = windows[size_t(order[size_t(s)])];
                    const int start = std::max(from + rng.below(to - from), end + 600);
                    if (start >= EndOfDay)
                        break;
                    end = session(day, start, inPilot);
                }
            }
        }
    }

    // Weekly KPI: talent, general engagement and recent learning all show; plenty of noise on top.
    const QDate firstMonday = calendarStart < firstDay ? calendarStart.addDays(7) : calendarStart;
    for (int li = 0; li < learnerCount; ++li) {
        const Learner &l = people.at(li);
        Random rng(options.seed, PerformanceStream, quint64(li));
        int completed = 0;
        for (int w = 0; w < weeks; ++w) {
            const QDate monday = calendarStart.addDays(7 * w);
            const size_t at = size_t(li) * size_t(weeks) + size_t(w);
            const int learned = learning[at];
            const double value = 62 + 6.5 * l.skill + 9 * (l.weekly - 0.3) + 0.7 * std::min(completed, 10) +
                                 0.1 * std::min(learned, 40) + 5.5 * rng.normal();
            completed += completions[at];
            if (monday < firstMonday || monday > lastDay || monday < l.hired)
                continue;
            d.performance << PerformanceRecord{d.roster.at(li).externalId, monday, text(PerformanceKpi),
                                               round1(std::clamp(value, 0.0, 100.0))};
        }
    }

    // Events in time order, as an LMS log export lists them.
    std::sort(raw.begin(), raw.end(), [](const RawEvent &a, const RawEvent &b) {
        if (a.secs != b.secs)
            return a.secs < b.secs;
        if (a.learner != b.learner)
            return a.learner < b.learner;
        return a.seq < b.seq;
    });
    const std::array<QString, 9> verbs{
        u""_s, u"logged in"_s, u"failed login"_s, u"viewed"_s, u"started"_s, u"completed"_s, u""_s, u""_s, u""_s};
    d.events.reserve(qsizetype(raw.size()));
    for (const RawEvent &e : raw) {
        EventRecord r;
        r.learnerId = d.roster.at(e.learner).externalId;
        r.timestamp = QDateTime::fromSecsSinceEpoch(e.secs, Qt::UTC);
        if (e.course >= 0) {
            const CourseRecord &course = d.courses.at(e.course);
            r.course = course.name;
            if (e.item >= 0)
                r.content = course.contents.at(e.item);
        }
        r.kind = e.kind;
        r.verb = verbs[size_t(e.kind)];
        if (e.duration >= 0)
            r.durationMinutes = round1(e.duration);
        if (e.score >= 0)
            r.score = double(e.score);
        d.events << r;
    }
    const QTimeZone workspaceZone(d.timeZone.toUtf8());
    d.firstDay = raw.empty() ? firstDay : QDateTime::fromSecsSinceEpoch(raw.front().secs, workspaceZone).date();
    d.lastDay = raw.empty() ? lastDay : QDateTime::fromSecsSinceEpoch(raw.back().secs, workspaceZone).date();

    // The pilot.
    int cohortSize = 0;
    for (const Learner &l : std::as_const(people))
        cohortSize += l.department == PilotDepartmentIndex ? 1 : 0;
    Pilot pilot;
    pilot.name = u"Customer Support: learning in the flow of work"_s;
    pilot.cohortDescription =
        u"All %1 Customer Support agents and team leads in Manchester, Bengaluru and São Paulo: low LMS use at "
        u"the start and high job relevance."_s.arg(cohortSize);
    pilot.cohortFilter = u"department="_s + text(PilotDepartment);
    pilot.startDate = pilotStart;
    pilot.durationWeeks = 6;
    pilot.status = lastDay < pilotStart         ? Pilot::Status::Planned
                   : lastDay <= pilot.endDate() ? Pilot::Status::Running
                                                : Pilot::Status::Finished;
    pilot.owner = owner;
    d.pilots << pilot;
    return d;
}

// -------------------------------------------------------------------------------------------------------------------
// CSV export.

namespace {

void appendCell(QByteArray &out, const QByteArray &utf8)
{
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCell(QByteArray &out, const QString &value)
{
    appendCell(out, value.toUtf8());
}

void appendNumber(QByteArray &out, double value)
{
    out += QByteArray::number(value, 'g', 12);
}

void appendDigits(QByteArray &out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

/// UTC offsets of one zone over a span, looked up by binary search (QDateTime::toTimeZone per row is slow).
class Offsets
{
public:
    Offsets(const QTimeZone &zone, qint64 fromSecs, qint64 toSecs)
    {
        const QDateTime from = QDateTime::fromSecsSinceEpoch(fromSecs, Qt::UTC);
        m_initial = zone.offsetFromUtc(from);
        const auto transitions = zone.transitions(from, QDateTime::fromSecsSinceEpoch(toSecs, Qt::UTC));
        for (const QTimeZone::OffsetData &t : transitions) {
            m_at << t.atUtc.toSecsSinceEpoch();
            m_offset << t.offsetFromUtc;
        }
    }
    int at(qint64 secs) const
    {
        const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), secs);
        return it == m_at.cbegin() ? m_initial : m_offset.at(it - m_at.cbegin() - 1);
    }

private:
    int m_initial = 0;
    QList<qint64> m_at;
    QList<int> m_offset;
};

/// "2026-09-14T08:31:05+01:00": local time in the zone, with its offset.
void appendTimestamp(QByteArray &out, qint64 secs, int offset)
{
    const qint64 local = secs + offset;
    const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const int secondOfDay = int(local - day * 86400);
    int y = 0, m = 0, dd = 0;
    QDate::fromJulianDay(day + EpochJulianDay).getDate(&y, &m, &dd);
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, dd, 2);
    out += 'T';
    appendDigits(out, secondOfDay / 3600, 2);
    out += ':';
    appendDigits(out, secondOfDay / 60 % 60, 2);
    out += ':';
    appendDigits(out, secondOfDay % 60, 2);
    out += offset < 0 ? '-' : '+';
    const int a = std::abs(offset);
    appendDigits(out, a / 3600, 2);
    out += ':';
    appendDigits(out, a / 60 % 60, 2);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("Uptake::Demo", "Cannot write “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

Result<QStringList> writeCsv(const DemoData &data, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Result<QStringList>::failure(
            QCoreApplication::translate("Uptake::Demo", "Cannot create the folder “%1”.")
                .arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    QStringList written;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        const Status s = writeFile(path, bytes);
        if (s)
            written << path;
        return s;
    };
    constexpr char Eol[] = "\r\n"; // RFC 4180

    {
        QByteArray out = "learner_id,timestamp,course,content,event,duration_minutes,score";
        out += Eol;
        out.reserve(data.events.size() * 110 + 128);
        const QTimeZone zone(data.timeZone.toUtf8());
        qint64 from = 0, to = 0;
        if (!data.events.isEmpty()) {
            from = to = data.events.first().timestamp.toSecsSinceEpoch();
            for (const EventRecord &e : data.events) {
                const qint64 s = e.timestamp.toSecsSinceEpoch();
                from = std::min(from, s);
                to = std::max(to, s);
            }
        }
        const Offsets offsets(zone, from - 86400, to + 86400);
        QHash<QString, QByteArray> encoded; // course and content names repeat a lot
        auto cached = [&](const QString &s) -> const QByteArray & {
            auto it = encoded.find(s);
            if (it == encoded.end())
                it = encoded.insert(s, s.toUtf8());
            return *it;
        };
        for (const EventRecord &e : data.events) {
            appendCell(out, cached(e.learnerId));
            out += ',';
            const qint64 secs = e.timestamp.toSecsSinceEpoch();
            appendTimestamp(out, secs, offsets.at(secs));
            out += ',';
            appendCell(out, cached(e.course));
            out += ',';
            appendCell(out, cached(e.content));
            out += ',';
            appendCell(out, cached(e.verb));
            out += ',';
            if (e.durationMinutes)
                appendNumber(out, *e.durationMinutes);
            out += ',';
            if (e.score)
                appendNumber(out, *e.score);
            out += Eol;
        }
        if (auto s = write(u"events.csv"_s, out); !s)
            return Result<QStringList>::failure(s.error());
    }
    {
        QByteArray out = "learner_id,name,email,department,team,country,timezone,manager,role,hire_date";
        out += Eol;
        for (const LearnerRecord &l : data.roster) {
            for (const QString &cell :
                 {l.externalId, l.name, l.email, l.department, l.team, l.country, l.timezone, l.manager, l.role}) {
                appendCell(out, cell);
                out += ',';
            }
            out += l.hireDate.toString(Qt::ISODate).toUtf8();
            out += Eol;
        }
        if (auto s = write(u"roster.csv"_s, out); !s)
            return Result<QStringList>::failure(s.error());
    }
    {
        QByteArray out = "learner_id,week,kpi,value";
        out += Eol;
        for (const PerformanceRecord &p : data.performance) {
            appendCell(out, p.learnerId);
            out += ',';
            out += p.period.toString(Qt::ISODate).toUtf8();
            out += ',';
            appendCell(out, p.kpi);
            out += ',';
            appendNumber(out, p.value);
            out += Eol;
        }
        if (auto s = write(u"performance.csv"_s, out); !s)
            return Result<QStringList>::failure(s.error());
    }
    {
        QByteArray out = "course,duration_minutes,position,content";
        out += Eol;
        for (const CourseRecord &c : data.courses) {
            for (int i = 0; i < c.contents.size(); ++i) {
                appendCell(out, c.name);
                out += ',';
                appendNumber(out, c.durationMinutes);
                out += ',';
                out += QByteArray::number(i + 1);
                out += ',';
                appendCell(out, c.contents.at(i));
                out += Eol;
            }
        }
        if (auto s = write(u"courses.csv"_s, out); !s)
            return Result<QStringList>::failure(s.error());
    }
    return written;
}

} // namespace Uptake::Demo
