package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class UNetTest {

    private static final UNetShape TINY = new UNetShape(2, 4, 1);

    @Test
    void outputsMapOfInputSizeAndFeaturesOfTheChosenLevel() {
        UNet net = new UNet(TINY, 1);
        Map<String, INDArray> out = net.forward(Nd4j.rand(DataType.FLOAT, 2, 1, 32, 48), true);
        assertArrayEquals(new long[] {2, 1, 32, 48}, out.get(UNet.MAP).shape());
        assertArrayEquals(new long[] {2, 8, 16, 24}, out.get(UNet.FEATURES).shape());
        assertEquals(8, TINY.featureCount());
    }

    @Test
    void rejectsInputsThatDoNotFitThePoolingGrid() {
        UNet net = new UNet(TINY, 1);
        assertThrows(IllegalArgumentException.class,
                () -> net.forward(Nd4j.zeros(DataType.FLOAT, 1, 1, 30, 32), false));
    }

    @Test
    void sameSeedSameWeightsAndWeightsRoundTrip() {
        UNet a = new UNet(TINY, 5);
        UNet b = new UNet(TINY, 5);
        UNet c = new UNet(TINY, 6);
        assertArrayEquals(a.weights().get("enc0a_W"), b.weights().get("enc0a_W"));
        c.setWeights(a.weights());
        assertArrayEquals(a.weights().get("out_W"), c.weights().get("out_W"));
    }

    @Test
    void adamStepsLowerTheLossOnATinyImage() {
        UNet net = new UNet(TINY, 3);
        float[] target = CentroidMap.render(List.of(new double[] {8.3, 9.1}, new double[] {22.6, 20.2}), 32, 32, 1.5);
        float[] image = new float[target.length];
        for (int i = 0; i < image.length; i++) {
            image[i] = 2 * target[i] - 0.2f;
        }
        INDArray x = Nd4j.create(image, new long[] {1, 1, 32, 32});
        INDArray t = Nd4j.create(target, new long[] {1, 1, 32, 32});
        double before = net.loss(x, t);
        Adam adam = new Adam(net, 5e-3);
        List<Map<String, INDArray>> gradients = new ArrayList<>();
        for (int step = 0; step < 8; step++) {
            net.step(x, t, g -> {
                assertEquals(net.parameters().size(), g.size());
                gradients.add(g);
                adam.apply(g);
            });
        }
        double after = net.loss(x, t);
        assertTrue(after < 0.8 * before, "loss " + before + " -> " + after);
        // from the second step on, a step's arrays are freed once its update is done
        assertTrue(gradients.get(7).values().stream().allMatch(INDArray::wasClosed), "last step's gradients freed");
        assertTrue(gradients.get(1).values().stream().allMatch(INDArray::wasClosed), "second step's gradients freed");
        for (String name : net.parameters()) {
            assertFalse(net.parameter(name).wasClosed(), name);
        }
    }

    @Test
    void theDetectionOnlyNetworkComputesWhatTheTrainableOneDoesAndRefusesToTrain() {
        UNetShape shape = new UNetShape(3, 4, 2);
        UNet trainable = new UNet(shape, 9);
        UNet detecting = trainable.forDetection();
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 1, 40, 56);
        Map<String, INDArray> a = trainable.forward(x, true);
        float[] map = a.get(UNet.MAP).dup().data().asFloat();
        float[] features = a.get(UNet.FEATURES).dup().data().asFloat();
        Map<String, INDArray> b = detecting.forward(x, true);
        assertArrayEquals(a.get(UNet.MAP).shape(), b.get(UNet.MAP).shape());
        assertArrayEquals(a.get(UNet.FEATURES).shape(), b.get(UNet.FEATURES).shape());
        // channels last inside, NCHW outside: the same values in the same order
        assertArrayEquals(map, b.get(UNet.MAP).dup('c').data().asFloat(), 1e-5f);
        assertArrayEquals(features, b.get(UNet.FEATURES).dup('c').data().asFloat(), 1e-5f);
        assertEquals(trainable.weights().keySet(), detecting.weights().keySet());
        INDArray t = Nd4j.zeros(DataType.FLOAT, 2, 1, 40, 56);
        assertThrows(IllegalStateException.class, () -> detecting.step(x, t, g -> { }));
        assertThrows(IllegalStateException.class, () -> detecting.loss(x, t));
    }
}
