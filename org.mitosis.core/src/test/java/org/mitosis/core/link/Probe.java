package org.mitosis.core.link;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.*;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.testing.F0009;

class Probe {
    public static void main(String[] args) {
        Lineage all = F0009.truth();
        Lineage train = all.frames(0, 599), test = all.frames(600, 779);
        for (double md : new double[]{30})
        for (double split : new double[]{100})
        for (double birth : new double[]{100, 400, 900, 2500}) {
            LapSettings s = new LapSettings(md, split, birth, birth, false, 20);
            long t0 = System.nanoTime();
            Lineage r = new LapLinker(s).link(train.cells(), ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            EvaluationReport e = Evaluation.evaluate(train, r, EvaluationSettings.DEFAULTS);
            long t2 = System.nanoTime();
            System.out.printf("%s div F1 %.4f (tp %d fp %d fn %d) link F1 %.5f  link %.0f ms eval %.0f ms%n", s, e.division().f1(), e.division().tp(), e.division().fp(), e.division().fn(), e.link().f1(), (t1-t0)/1e6, (t2-t1)/1e6);
        }
    }
}
