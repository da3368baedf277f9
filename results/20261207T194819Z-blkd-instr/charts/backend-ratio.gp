# Written by vlab-report: backend-ratio charts, drawn from backend-ratio.csv only.
# Re-draw with: cd charts; gnuplot backend-ratio.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label

# IOPS: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1000, 520
    } else {
      set terminal png noenhanced size 1000, 520
    }
  } else {
    set terminal svg noenhanced size 1000, 520
  }
  set output 'backend-ratio-iops.'.fmt.sfx
  set title 'IOPS: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:1.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd16 j1' 1)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'stock/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 1 pointtype 7 title 'stock/blkd-null', \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'iops' && strcol(4) eq 'stock2/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'stock2/blkd-null', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# p99 latency: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1040, 520
    } else {
      set terminal png noenhanced size 1040, 520
    }
  } else {
    set terminal svg noenhanced size 1040, 520
  }
  set output 'backend-ratio-lat_p99_us.'.fmt.sfx
  set title 'p99 latency: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:1.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd16 j1' 1)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'stock/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 1 pointtype 7 title 'stock/blkd-null', \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'lat_p99_us' && strcol(4) eq 'stock2/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'stock2/blkd-null', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# CPU per I/O of fio and the backend: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1224, 520
    } else {
      set terminal png noenhanced size 1224, 520
    }
  } else {
    set terminal svg noenhanced size 1224, 520
  }
  set output 'backend-ratio-cpu_us_per_io.'.fmt.sfx
  set title 'CPU per I/O of fio and the backend: ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:1.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd16 j1' 1)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'stock/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 1 pointtype 7 title 'stock/blkd-null', \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io' && strcol(4) eq 'stock2/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'stock2/blkd-null', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}

# guest CPU per I/O (kernel workers, interrupts included): ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1392, 520
    } else {
      set terminal png noenhanced size 1392, 520
    }
  } else {
    set terminal svg noenhanced size 1392, 520
  }
  set output 'backend-ratio-cpu_us_per_io_guest.'.fmt.sfx
  set title 'guest CPU per I/O (kernel workers, interrupts included): ratio to the baseline backend, same driver (geometric mean of paired ratios, 95% t interval)'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [-0.6:1.6]
  set xtics rotate by -30 ('randread 4k qd1 j1' 0, 'randread 4k qd16 j1' 1)
  set ylabel 'ratio to the baseline (1 = same)'
  set yrange [*<0.95:1.05<*] # 1 always in sight
  set bmargin 8
  plot \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'stock/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 1 pointtype 7 title 'stock/blkd-null', \
    'backend-ratio.csv' skip 1 using (strcol(1) eq 'cpu_us_per_io_guest' && strcol(4) eq 'stock2/blkd-null' ? $2 : NaN):5:(valid(6) ? $6 : $5):(valid(7) ? $7 : $5) with yerrorbars linetype 3 pointtype 7 title 'stock2/blkd-null', \
    1 with lines dashtype 2 linecolor rgb '#808080' notitle
  unset label 1
  set output
}
