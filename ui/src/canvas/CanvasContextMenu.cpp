#include "ui/canvas/CanvasContextMenu.h"

#include "diagram/DiagramStyle.h"
#include "document/DesignDocument.h"
#include "document/LinkKinds.h"
#include "document/commands/SetLinkKind.h"
#include "document/commands/SetProperty.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace rs::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rs::ui::CanvasContextMenu", text);
}
} // namespace

CanvasContextMenu::CanvasContextMenu(document::DesignDocument& document)
    : m_document(document)
{}

void CanvasContextMenu::fill(QMenu& menu, const std::optional<document::ElementRef>& element) const
{
    if (element) {
        if (element->type == document::ElementType::Link)
            addLinkKinds(menu, element->linkId());
        else if (element->type == document::ElementType::Region)
            addRoles(menu, element->regionId());
        addLossSimulation(menu, *element);
        menu.addSeparator();
    }
    for (auto* action : m_actions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
}

void CanvasContextMenu::addLinkKinds(QMenu& menu, const LinkId& id) const
{
    const auto& design = m_document.design();
    const auto& link = *design.link(id);
    const auto& services = m_document.catalogues().services;
    const auto* from = services.find(design.service(link.from)->kind);
    const auto* to = services.find(design.service(link.to)->kind);
    auto* kinds = menu.addMenu(tr("Link kind"));
    auto* group = new QActionGroup(kinds);
    auto& document = m_document;
    for (const auto kind :
         from&& to ? document::allowedLinkKinds(*from, *to) : std::vector<LinkKind>{}) {
        auto* action = kinds->addAction(diagram::linkName(kind), &menu, [&document, id, kind] {
            document.push(new document::SetLinkKind(document, id, kind));
        });
        action->setCheckable(true);
        action->setChecked(kind == link.kind);
        group->addAction(action);
    }
}

void CanvasContextMenu::addLossSimulation(QMenu& menu, const document::ElementRef& element) const
{
    if (!m_simulation.isDown || element.type == document::ElementType::Link)
        return;
    const bool region = element.type == document::ElementType::Region;
    if (!region && !m_document.design().service(element.serviceId())->isGlobal())
        return; // the what-if takes down regions and global services
    const bool down = m_simulation.isDown(element.id);
    const QString text = down     ? tr("End Simulated Loss")
                         : region ? tr("Simulate Loss of This Region")
                                  : tr("Simulate Loss of This Service");
    auto* action = menu.addAction(text, &menu,
                                  [toggle = m_simulation.toggle, id = element.id] { toggle(id); });
    action->setObjectName(QStringLiteral("actionSimulateLoss"));
}

void CanvasContextMenu::addRoles(QMenu& menu, const RegionId& id) const
{
    const auto current = m_document.design().region(id)->role;
    auto* roles = menu.addMenu(tr("Role"));
    auto* group = new QActionGroup(roles);
    auto& document = m_document;
    for (const auto& [role, name] : EnumNames<RegionRole>::names) {
        auto* action = roles->addAction(
            diagram::roleName(role), &menu, [&document, id, value = std::string(name)] {
                document.push(new document::SetProperty(document, document::ElementRef::region(id),
                                                        "role", value));
            });
        action->setCheckable(true);
        action->setChecked(role == current);
        group->addAction(action);
    }
}

} // namespace rs::ui
