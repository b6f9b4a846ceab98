#include "ui/properties/PropertiesDock.h"

#include "document/DesignDocument.h"
#include "document/ElementProperties.h"
#include "document/LinkKinds.h"
#include "document/PropertyText.h"
#include "document/commands/Rename.h"
#include "document/commands/SetLinkKind.h"
#include "document/commands/SetProperty.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/IconLibrary.h"
#include "ui/properties/PropertyField.h"
#include "ui/properties/TargetsEditor.h"
#include "ui/properties/UsageEditor.h"
#include "ui/properties/WorkloadEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

QScrollArea* scrolling(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow, never hide
    return area;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

PropertiesDock::PropertiesDock(document::DesignDocument& document, DesignScene& scene,
                               QWidget* parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_pages(new QStackedWidget)
    , m_designName(new QLineEdit)
    , m_workload(new WorkloadEditor(document))
    , m_targets(new TargetsEditor(document))
    , m_elementPage(new QWidget)
    , m_title(heading({}))
    , m_subtitle(new QLabel)
    , m_multiple(new QLabel)
{
    setObjectName(QStringLiteral("propertiesDock"));
    // The design page: name, workload, targets.
    auto* design = new QWidget;
    auto* layout = new QVBoxLayout(design);
    layout->addWidget(heading(tr("Design")));
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Name"), m_designName);
    layout->addLayout(nameForm);
    auto* workload = new QGroupBox(tr("Workload"));
    (new QVBoxLayout(workload))->addWidget(m_workload);
    auto* targets = new QGroupBox(tr("Targets"));
    (new QVBoxLayout(targets))->addWidget(m_targets);
    layout->addWidget(workload);
    layout->addWidget(targets);
    layout->addStretch();
    m_designName->setObjectName(QStringLiteral("designName"));
    connect(m_designName, &QLineEdit::editingFinished, this, [this] {
        const auto name = m_designName->text().trimmed().toStdString();
        if (!name.empty())
            m_document.push(new document::Rename(m_document, std::nullopt, name));
    });

    m_multiple->setAlignment(Qt::AlignCenter);
    m_multiple->setWordWrap(true);
    m_pages->addWidget(scrolling(design));
    m_pages->addWidget(scrolling(m_elementPage));
    m_pages->addWidget(m_multiple);
    setWidget(m_pages);

    connect(&scene, &QGraphicsScene::selectionChanged, this, &PropertiesDock::showSelection);
    connect(&document, &document::DesignDocument::elementChanged, this,
            &PropertiesDock::onElementChanged);
    connect(&document, &document::DesignDocument::elementRemoved, this,
            [this](const document::ElementRef& e) {
                if (m_element == e)
                    showSelection();
            });
    connect(&document, &document::DesignDocument::designReset, this,
            &PropertiesDock::showSelection);
    connect(&document, &document::DesignDocument::designChanged, this,
            [this](document::DesignChanges changes) {
                if (changes & document::DesignChange::Workload)
                    m_workload->sync();
                if (changes & document::DesignChange::Targets)
                    m_targets->sync();
                if (changes & document::DesignChange::Name)
                    m_designName->setText(QString::fromStdString(m_document.design().name));
            });
    // The list of data stores in the targets follows the services.
    connect(&document, &document::DesignDocument::elementAdded, m_targets, &TargetsEditor::sync);
    connect(&document, &document::DesignDocument::elementRemoved, m_targets, &TargetsEditor::sync);
    showSelection();
}

QString PropertiesDock::problem() const
{
    return m_problem && !m_problem->isHidden() ? m_problem->text() : QString();
}

PropertyField* PropertiesDock::field(const QString& name) const
{
    for (auto* f : m_fields) {
        if (QString::fromStdString(f->spec().name) == name)
            return f;
    }
    return nullptr;
}

void PropertiesDock::showSelection()
{
    const auto selected = m_scene.selectedElements();
    if (selected.empty()) {
        m_element.reset();
        m_designName->setText(QString::fromStdString(m_document.design().name));
        m_workload->sync();
        m_targets->sync();
        m_pages->setCurrentIndex(0);
    } else if (selected.size() == 1) {
        m_element = selected.front();
        buildElementPage(*m_element);
        m_pages->setCurrentIndex(1);
    } else {
        m_element.reset();
        m_multiple->setText(tr("%n elements selected", "", int(selected.size())));
        m_pages->setCurrentIndex(2);
    }
}

void PropertiesDock::buildElementPage(const document::ElementRef& element)
{
    // A fresh page per selection: the fields differ from kind to kind.
    qDeleteAll(m_elementPage->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    delete m_elementPage->layout();
    qDeleteAll(m_fields);
    m_fields.clear();
    m_title = heading({});
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_name = nullptr;
    m_linkKind = nullptr;

    auto* layout = new QVBoxLayout(m_elementPage);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    if (element.type != document::ElementType::Region) {
        auto* usage = new UsageEditor(m_document, element);
        if (usage->isEmpty()) {
            delete usage;
        } else {
            auto* group = new QGroupBox(tr("Monthly usage"));
            group->setToolTip(tr("Greyed figures are derived from the workload; type one to set "
                                 "it in the design instead"));
            (new QVBoxLayout(group))->addWidget(usage);
            layout->addWidget(group);
            connect(usage, &UsageEditor::problem, this, &PropertiesDock::setProblem);
        }
    }
    layout->addWidget(m_problem);
    layout->addStretch();

    const auto& design = m_document.design();
    const auto& catalogues = m_document.catalogues();
    if (element.type != document::ElementType::Link) {
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setPlaceholderText(tr("Shown on the canvas"));
        connect(m_name, &QLineEdit::editingFinished, this, [this] {
            if (m_element && m_name->isModified())
                m_document.push(
                    new document::Rename(m_document, m_element, m_name->text().toStdString()));
            m_name->setModified(false);
        });
        form->addRow(tr("Name"), m_name);
    } else {
        const auto& link = *design.link(element.linkId());
        const auto* from = catalogues.services.find(design.service(link.from)->kind);
        const auto* to = catalogues.services.find(design.service(link.to)->kind);
        m_linkKind = new QComboBox;
        m_linkKind->setObjectName(QStringLiteral("linkKind"));
        for (const auto kind :
             from&& to ? document::allowedLinkKinds(*from, *to) : std::vector<LinkKind>{})
            m_linkKind->addItem(diagram::linkName(kind), int(kind));
        connect(m_linkKind, &QComboBox::activated, this, [this](int index) {
            m_document.push(new document::SetLinkKind(
                m_document, m_element->linkId(), LinkKind(m_linkKind->itemData(index).toInt())));
        });
        form->addRow(tr("Kind"), m_linkKind);
    }
    for (const auto& spec : document::propertySpecs(design, catalogues, element)) {
        auto* field = new PropertyField(spec, m_elementPage);
        m_fields.push_back(field);
        connect(field, &PropertyField::committed, this,
                [this, name = spec.name](const PropertyValue& v) {
                    setProblem({});
                    m_document.push(document::setPropertyCommand(m_document, *m_element, name, v));
                    // The document may not take the value as typed (a sole region keeps all
                    // the traffic): show what it holds.
                    syncElement();
                });
        connect(field, &PropertyField::rejected, this, &PropertiesDock::setProblem);
        auto label = QString::fromStdString(spec.label.empty() ? spec.name : spec.label);
        auto* row = field->widget();
        if (element.type == document::ElementType::Service) {
            // Back to the catalogue default: the value is no longer stored in the design.
            auto* reset = new QToolButton;
            reset->setText(QStringLiteral("↺"));
            reset->setAutoRaise(true);
            reset->setToolTip(tr("Use the catalogue default (%1)")
                                  .arg(document::formatPropertyValue(spec.defaultValue)));
            connect(reset, &QToolButton::clicked, this, [this, name = spec.name] {
                m_document.push(
                    new document::SetProperty(m_document, *m_element, name, std::nullopt));
            });
            auto* box = new QWidget;
            auto* h = new QHBoxLayout(box);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(row, 1);
            h->addWidget(reset);
            row = box;
            field->setProperty("reset", QVariant::fromValue(static_cast<QObject*>(reset)));
        }
        form->addRow(label, row);
        if (auto* labelWidget = form->labelForField(row))
            labelWidget->setToolTip(QString::fromStdString(spec.help));
    }
    syncElement();
}

void PropertiesDock::syncElement()
{
    if (!m_element || !m_document.contains(*m_element))
        return;
    const auto& design = m_document.design();
    const auto& catalogues = m_document.catalogues();
    switch (m_element->type) {
    case document::ElementType::Region: {
        const auto& r = *design.region(m_element->regionId());
        const auto* info = catalogues.regions.find(r.provider, r.code);
        m_title->setText(QString::fromStdString(!r.name.empty() ? r.name
                                                : info          ? info->name
                                                                : r.code));
        m_subtitle->setText(tr("%1 region %2 · id %3")
                                .arg(icons::providerName(r.provider),
                                     QString::fromStdString(r.code),
                                     QString::fromStdString(r.id.value)));
        m_name->setText(QString::fromStdString(r.name));
        m_name->setPlaceholderText(info ? QString::fromStdString(info->name) : QString());
        break;
    }
    case document::ElementType::Service: {
        const auto& s = *design.service(m_element->serviceId());
        const auto* kind = catalogues.services.find(s.kind);
        m_title->setText(QString::fromStdString(s.name.empty() ? s.id.value : s.name));
        m_subtitle->setText(tr("%1 · id %2 · %3")
                                .arg(QString::fromStdString(kind ? kind->name : s.kind),
                                     QString::fromStdString(s.id.value),
                                     s.region
                                         ? tr("in %1").arg(QString::fromStdString(s.region->value))
                                         : tr("global edge")));
        if (!m_name->hasFocus())
            m_name->setText(QString::fromStdString(s.name));
        break;
    }
    case document::ElementType::Link: {
        const auto& l = *design.link(m_element->linkId());
        m_title->setText(tr("%1 → %2").arg(QString::fromStdString(l.from.value),
                                           QString::fromStdString(l.to.value)));
        m_subtitle->setText(tr("Link · id %1").arg(QString::fromStdString(l.id.value)));
        m_linkKind->setCurrentIndex(m_linkKind->findData(int(l.kind)));
        break;
    }
    }
    if (auto* usage = m_elementPage->findChild<UsageEditor*>())
        usage->sync();
    for (auto* field : m_fields) {
        field->setValue(document::effectiveValue(design, field->spec(), *m_element));
        if (auto* reset = qobject_cast<QToolButton*>(field->property("reset").value<QObject*>()))
            reset->setEnabled(
                document::propertyValue(design, *m_element, field->spec().name).has_value());
    }
}

void PropertiesDock::onElementChanged(const document::ElementRef& element,
                                      document::ElementChanges changes)
{
    if (m_element != element)
        return;
    // A region's code decides which other codes it may take: rebuild its list.
    if (element.type == document::ElementType::Region && (changes & document::ElementChange::Role))
        buildElementPage(element);
    else
        syncElement();
}

void PropertiesDock::setProblem(const QString& message)
{
    if (!m_problem)
        return;
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace rs::ui
