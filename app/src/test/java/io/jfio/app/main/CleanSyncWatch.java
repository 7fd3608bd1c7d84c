package io.jfio.app.main;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Records a window's syncs that leave JavaFX's render graph clean. After every pulse that changed a node,
 * the scene copies the changes to the render graph and asks for a frame; when only hidden nodes changed (a
 * combo box's list, an unselected tab), or only the root's CSS flag (left set when a node was restyled during
 * layout), nothing is copied, the frame has no dirty region, and JavaFX paints the whole window: 50-160 ms of
 * software rendering for nothing. This wraps the scene's peer to see each sync
 * (JavaFX 21 internals by reflection; the tests run on the class path, where they are open). Install after
 * the window is shown. JavaFX thread only.
 */
final class CleanSyncWatch {

    private final List<String> cleanSyncs = new ArrayList<>();
    private String dirtyNodes = "";
    private int syncs;
    // JavaFX internals, looked up once: the watch reads them on every pulse.
    private final Field sceneDirtyNodes = field(Scene.class, "dirtyNodes");
    private final Field sceneDirtyNodesSize = field(Scene.class, "dirtyNodesSize");
    private final Field nodeDirtyBits = field(Node.class, "dirtyBits");
    private final Field nodeTreeVisible = field(Node.class, "treeVisible");
    private final Field nodePeer = field(Node.class, "peer");
    private final Field renderNodeDirty;
    private final Field renderNodeChildDirty;

    private CleanSyncWatch() throws ReflectiveOperationException {
        Class<?> renderNode = Class.forName("com.sun.javafx.sg.prism.NGNode");
        renderNodeDirty = field(renderNode, "dirty");
        renderNodeChildDirty = field(renderNode, "childDirty");
    }

    /** Watches {@code scene}'s syncs from now on; the scene's window must be showing. */
    static CleanSyncWatch install(Scene scene) {
        try {
            CleanSyncWatch watch = new CleanSyncWatch();
            Field peerField = field(Scene.class, "peer");
            Object peer = peerField.get(scene);
            if (peer == null) {
                throw new IllegalStateException("the scene's window is not showing");
            }
            Class<?> peerType = Class.forName("com.sun.javafx.tk.TKScene");
            Object watched = Proxy.newProxyInstance(CleanSyncWatch.class.getClassLoader(), new Class<?>[] {peerType},
                    (proxy, method, args) -> {
                        // The scene waits for the last frame just before it syncs: its dirty list is complete.
                        if (method.getName().equals("waitForRenderingToComplete")) {
                            watch.dirtyNodes = watch.dirtyNodes(scene);
                        }
                        Object result;
                        try {
                            result = method.invoke(peer, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        // markDirty asks for the frame, after the sync.
                        if (method.getName().equals("markDirty")) {
                            watch.syncs++;
                            if (watch.renderGraphClean(scene)) {
                                watch.cleanSyncs.add(watch.dirtyNodes);
                            }
                        }
                        return result;
                    });
            peerField.set(scene, watched);
            return watch;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's scene internals moved: " + e, e);
        }
    }

    /** Syncs seen so far. */
    int syncs() {
        return syncs;
    }

    /** The syncs so far that left the render graph clean, each as the nodes the scene had marked dirty. */
    List<String> cleanSyncs() {
        return List.copyOf(cleanSyncs);
    }

    private String dirtyNodes(Scene scene) throws ReflectiveOperationException {
        Node[] nodes = (Node[]) sceneDirtyNodes.get(scene);
        int count = sceneDirtyNodesSize.getInt(scene);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(describe(nodes[i])).append(' ').append(nodeDirtyBits.get(nodes[i]))
                    .append(nodeTreeVisible.getBoolean(nodes[i]) ? "" : " hidden").append("; ");
        }
        return text.toString();
    }

    /** The node's type or style class and the ids above it: "list-cell in #list-view < #liveJobSelector". */
    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        if (name.isEmpty() && !node.getStyleClass().isEmpty()) {
            name = node.getStyleClass().get(node.getStyleClass().size() - 1);
        }
        StringBuilder ids = new StringBuilder();
        for (Node n = node; n != null && ids.length() < 60; n = n.getParent()) {
            if (n.getId() != null) {
                ids.append(ids.length() == 0 ? " in #" : " < #").append(n.getId());
            }
        }
        return name + ids;
    }

    private boolean renderGraphClean(Scene scene) throws ReflectiveOperationException {
        Object root = nodePeer.get(scene.getRoot());
        return renderNodeDirty.get(root).toString().equals("CLEAN") && !renderNodeChildDirty.getBoolean(root);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
